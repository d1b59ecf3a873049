//! The naming-standard rules: stable IDs, what each checks and why (docs/lint-rules.md shows
//! the same table).

/// One lint rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable ID shown in every finding (`SOL003`).
    pub id: &'static str,
    /// What it checks.
    pub what: &'static str,
}

/// Every rule, in ID order.
pub const RULES: &[Rule] = &[
    Rule {
        id: "SOL000",
        what: "a lint exception that excuses nothing",
    },
    Rule {
        id: "SOL001",
        what: "table name is PascalCase",
    },
    Rule {
        id: "SOL002",
        what: "column name is PascalCase",
    },
    Rule {
        id: "SOL003",
        what: "primary key column is [Table]ID",
    },
    Rule {
        id: "SOL004",
        what: "foreign key column is [ReferencedTable]ID or the referenced key's name",
    },
    Rule {
        id: "SOL005",
        what: "constraint names are PK_<Table>, FK_<Table>_<RefTable>, UQ_<Table>_…, CK_<Table>_…, DF_<Table>_<Column>",
    },
    Rule {
        id: "SOL006",
        what: "index names are IX_<Table>_<Column…>",
    },
    Rule {
        id: "SOL007",
        what: "business tables (dbo, config) carry the seven audit columns with the right types",
    },
    Rule {
        id: "SOL008",
        what: "CreatedDate/UpdatedDate are datetime2 with default GETUTCDATE()",
    },
    Rule {
        id: "SOL009",
        what: "audit columns CreatedBy/UpdatedBy/DeletedBy are not foreign keys",
    },
    Rule {
        id: "SOL010",
        what: "every table and column has a description",
    },
    Rule {
        id: "SOL011",
        what: "every table has a primary key",
    },
];

/// Whether `id` names a rule.
pub fn is_known(id: &str) -> bool {
    RULES.iter().any(|r| r.id == id)
}
