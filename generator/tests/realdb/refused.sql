-- Issue 18, what gen refuses at introspection (exit 2, each naming the column, one help line
-- each): a numeric wider than rust_decimal holds, an unconstrained numeric, a range type.
CREATE TABLE "Ledger" (
  "LedgerID" integer NOT NULL,
  "Huge" numeric(38,2),
  "Loose" numeric,
  "During" tsrange,
  CONSTRAINT "PK_Ledger" PRIMARY KEY ("LedgerID")
);
