#!/usr/bin/env python3
"""Writes a synthetic schema.yaml of any size, for benchmarks and scale tests.

Usage:
    python3 scripts/synth_schema.py --tables N [--schemas S] [--columns C] > synthetic.yaml

What it builds (deterministic: the same arguments always give the same bytes):
  - S data schemas `s01`..`sNN` holding N tables between them (N/S each; the first N % S
    schemas get one more), named `S01Entity0001`, `S01Entity0002`, ... so that constraint
    names are unique database-wide;
  - every data table has 12 columns (or the first --columns of them) of mixed types (bigint identity key, a foreign key
    column, varchar, nvarchar, nvarchar(max), decimal, int, float, bit, uniqueidentifier,
    date, datetime2), a primary key, a foreign key to the previous table of its schema
    (the first table of each schema points at one of the enum tables instead), and one
    secondary index on its foreign key column;
  - plus a `ref` schema of 3 enum tables (Status, Priority, Category) with 5 rows each.
It follows docs/schema-format.md in its canonical form (see scripts/schema_yaml.py) and
names everything by the naming standards, so `gen lint` has nothing to report.
scripts/synth_pg.py builds the same schema in a live PostgreSQL database.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from schema_yaml import document  # noqa: E402

# The enum tables every first table of a schema points at, round-robin: name, codes.
ENUMS = [
    ("Status", ["DRAFT", "ACTIVE", "ON_HOLD", "COMPLETED", "CANCELLED"]),
    ("Priority", ["LOWEST", "LOW", "NORMAL", "HIGH", "URGENT"]),
    ("Category", ["GENERAL", "SALES", "MARKETING", "OPERATIONS", "FINANCE"]),
]


def column(table, name, sql_type, description, nullable=False, identity=False, default=None):
    """One column mapping in canonical key order."""
    col = {"name": name, "type": sql_type}
    if nullable:
        col["nullable"] = True
    if identity:
        col["identity"] = True
    if default is not None:
        col["default"] = default
        col["default_name"] = f"DF_{table}_{name}"
    col["description"] = description
    return col


def enum_table(name, codes):
    """A reference table with one row per code."""
    key = f"{name}ID"
    rows = [
        {key: i, "Code": code, "Name": code.replace("_", " ").title(), "SortOrder": i}
        for i, code in enumerate(codes, 1)
    ]
    return {
        "name": name,
        "description": f"Synthetic lookup table {name}.",
        "enum": "Code",
        "columns": [
            column(name, key, "int", "Pinned key of the row."),
            column(name, "Code", "varchar(50)", "Stable code naming the enum variant."),
            column(name, "Name", "nvarchar(100)", "Display name."),
            column(name, "SortOrder", "int", "Display order.", default=0),
        ],
        "primary_key": {"name": f"PK_{name}", "columns": [key]},
        "unique": [{"name": f"UQ_{name}_Code", "columns": ["Code"]}],
        "rows": rows,
    }


def data_columns(name, parent_column):
    """The 12 columns of a data table; `parent_column` is its foreign key column."""
    return [
        column(name, f"{name}ID", "bigint", "Surrogate key.", identity=True),
        column(name, parent_column[0], parent_column[1], "Parent row (foreign key)."),
        column(name, "Code", "varchar(50)", "Business code."),
        column(name, "Name", "nvarchar(200)", "Display name."),
        column(name, "Notes", "nvarchar(max)", "Free text.", nullable=True),
        column(name, "Amount", "decimal(18,2)", "Money amount in AUD.", nullable=True),
        column(name, "Quantity", "int", "Item count.", default=0),
        column(name, "Ratio", "float", "Fraction between 0 and 1.", nullable=True),
        column(name, "IsEnabled", "bit", "Whether the row is in use.", default=True),
        column(name, "ExternalKey", "uniqueidentifier", "Key shared with other systems.", default="NEWID()"),
        column(name, "EffectiveDate", "date", "First day the row applies.", nullable=True),
        column(name, "CreatedDate", "datetime2(7)", "When the row was created (UTC).", default="GETUTCDATE()"),
    ]


def data_table(schema_no, table_no, previous, columns=12):
    """Table `table_no` of schema `schema_no`; `previous` is (schema, table, key type) it references."""
    name = f"S{schema_no:02d}Entity{table_no:04d}"
    ref_schema, ref_table, ref_type = previous
    fk_column = f"{ref_table}ID"
    return {
        "name": name,
        "description": f"Synthetic table {table_no} of schema s{schema_no:02d}.",
        "columns": data_columns(name, (fk_column, ref_type))[:columns],
        "primary_key": {"name": f"PK_{name}", "columns": [f"{name}ID"]},
        "foreign_keys": [
            {
                "name": f"FK_{name}_{ref_table}",
                "columns": [fk_column],
                "references": f"{ref_schema}.{ref_table}",
                "ref_columns": [fk_column],
            }
        ],
        "indexes": [{"name": f"IX_{name}_{fk_column}", "columns": [fk_column]}],
    }


def build(tables, schemas, columns=12):
    """The whole synthetic schema as plain data, ready for `schema_yaml.document`."""
    db_schemas = [
        {
            "name": "ref",
            "description": "Synthetic lookup tables.",
            "tables": [enum_table(name, codes) for name, codes in ENUMS],
        }
    ]
    per_schema, extra = divmod(tables, schemas)
    for s in range(1, schemas + 1):
        count = per_schema + (1 if s <= extra else 0)
        enum_name = ENUMS[(s - 1) % len(ENUMS)][0]
        previous = ("ref", enum_name, "int")
        items = []
        for t in range(1, count + 1):
            table = data_table(s, t, previous, columns)
            items.append(table)
            previous = (f"s{s:02d}", table["name"], "bigint")
        if items:
            db_schemas.append(
                {"name": f"s{s:02d}", "description": f"Synthetic schema {s}.", "tables": items}
            )
    return {
        "gen": "0.1",
        "database": f"Synthetic{tables}",
        "description": f"Synthetic schema: {tables} tables in {schemas} schemas.",
        "schemas": db_schemas,
    }


def parse_args(argv):
    """Command-line arguments, checked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tables", type=int, required=True, help="number of data tables")
    parser.add_argument("--schemas", type=int, default=1, help="number of data schemas")
    parser.add_argument(
        "--columns", type=int, default=12, help="columns per data table, 2..12 (key and foreign key first)"
    )
    args = parser.parse_args(argv)
    if not 2 <= args.columns <= 12:
        parser.error("--columns must be between 2 and 12")
    if args.tables < 1 or not 1 <= args.schemas <= 99:
        parser.error("--tables must be at least 1 and --schemas between 1 and 99")
    if args.tables / args.schemas > 9999:
        parser.error("at most 9999 tables per schema")
    return args


def main(argv=None):
    args = parse_args(argv)
    sys.stdout.write(document(build(args.tables, args.schemas, args.columns)))


if __name__ == "__main__":
    main()
