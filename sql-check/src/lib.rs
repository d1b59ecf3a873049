//! Checks SQL text against a schema given as data, with no database: every table, alias,
//! column and `*` is resolved, names a statement defines itself (CTEs, `#temp` tables, table
//! variables, derived tables) are scoped to it, parameters (`@P1…` in T-SQL, `$1…` in
//! PostgreSQL) must be numbered without gaps and are typed by the columns they are compared
//! with or assigned to, and each result column gets its Rust type and nullability (outer
//! joins make columns nullable).
//!
//! The generated crate's `sql!` macro calls [`check`] at compile time with the schema baked in
//! as `static` data; `gen check-sql` calls it on `.sql` files and SQL string literals in Rust
//! sources. Both report a [`Problem`] with the line and column inside the statement, and a
//! "did you mean" from the schema where one is close.
//!
//! A statement holding the comment `sql-check: off` (`-- sql-check: off` or
//! `/* sql-check: off */`) is not checked at all ([`opted_out`]): the documented way out for
//! the one statement the parser or the checker gets wrong.
//!
//! The macro checks a statement in the dialect its invocation names, else its crate's feature
//! says, else schema.yaml's `dialect:`; `gen check-sql`, which reads SQL of either kind, has
//! it [`Dialect::guess`]ed from the text: PostgreSQL when it has `$1`-style parameters, a `::`
//! cast, or `\"quoted\"` names and nothing T-SQL (`[…]`, `@P1`); T-SQL otherwise.

#![deny(missing_docs)]

mod check;
#[cfg(feature = "macro")]
pub mod expand;
pub mod naming;
mod problem;
pub mod rust_lit;
pub mod schema;

pub use check::{candidate, check, check_script, statement_count};
pub use problem::{Problem, closest, edit_distance};
pub use schema::{ColumnDef, Kind, Schema, TableDef, ValueType, glob_match};

/// The SQL dialect a statement is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// T-SQL (SQL Server): `[quoted]` names, `@P1` parameters, names compare ignoring case.
    Mssql,
    /// PostgreSQL: `"quoted"` names, `$1` parameters, unquoted names fold to lower case.
    Postgres,
}

impl Dialect {
    /// The dialect a statement's parameters imply: PostgreSQL when it has a `$1`-style
    /// placeholder, T-SQL otherwise (the platform's database).
    pub fn guess(sql: &str) -> Dialect {
        let b = sql.as_bytes();
        let dollar = b.windows(2).any(|w| w[0] == b'$' && w[1].is_ascii_digit());
        let tsql = sql.contains('[') || sql.contains("@P") || sql.contains("@p");
        if dollar || sql.contains("::") || (sql.contains('"') && !tsql) {
            Dialect::Postgres
        } else {
            Dialect::Mssql
        }
    }

    /// The other dialect.
    pub fn other(self) -> Dialect {
        match self {
            Dialect::Mssql => Dialect::Postgres,
            Dialect::Postgres => Dialect::Mssql,
        }
    }

    /// How a parameter is written (`@P1`, `$1`).
    pub fn param(self, n: usize) -> String {
        match self {
            Dialect::Mssql => format!("@P{n}"),
            Dialect::Postgres => format!("${n}"),
        }
    }
}

/// A value's type as the checker knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeInfo {
    /// The kind of value.
    pub kind: Kind,
    /// The Rust type (absolute path; `crate::` paths are the generated crate's).
    pub rust: String,
    /// Whether the Rust type is a reference enum decoded from an integer ID.
    pub reference: bool,
}

impl From<ValueType<'_>> for TypeInfo {
    fn from(t: ValueType<'_>) -> Self {
        TypeInfo {
            kind: t.kind,
            rust: t.rust.to_owned(),
            reference: t.reference,
        }
    }
}

impl TypeInfo {
    /// The plain type of a kind (`None` for [`Kind::Other`]).
    pub fn of(kind: Kind) -> Option<TypeInfo> {
        kind.plain().map(TypeInfo::from)
    }
}

/// A checked batch of statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// How many statements the text held.
    pub statements: usize,
    /// The result columns of the statement that returns rows (a SELECT, or a DML statement
    /// with OUTPUT / RETURNING); `None` when none does.
    pub columns: Option<Vec<ResultColumn>>,
    /// Parameters by number, from 1.
    pub params: Vec<Param>,
    /// Statements of a kind the checker does not look into (DDL other than `#temp` tables,
    /// `SET`, procedure calls): their line and column, and the kind.
    pub unchecked: Vec<Problem>,
    /// More than one statement returns rows: their positions after the first.
    pub extra_results: Vec<Problem>,
}

/// One result column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultColumn {
    /// Its name in the result (the alias, or the column's name); `None` for an expression
    /// without an alias.
    pub name: Option<String>,
    /// The generated struct's field name when the column is a schema column selected as is.
    pub field: Option<String>,
    /// Its type, when the checker can tell it.
    pub ty: Option<TypeInfo>,
    /// Whether it can be NULL.
    pub nullable: bool,
    /// Where it is in the statement (line, column), for messages.
    pub at: (u64, u64),
    /// What it is (`dbo.User.Email`, `count(*)`), for messages.
    pub origin: String,
}

/// One parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// Its number (`@P1` is 1).
    pub number: usize,
    /// The type the statement gives it (the column it is compared with or assigned to),
    /// when it gives one.
    pub ty: Option<TypeInfo>,
    /// Whether NULL may be passed (it is only assigned to nullable columns).
    pub nullable: bool,
    /// What gave it its type (`dbo.User.IsEmailVerified`), for messages.
    pub origin: Option<String>,
}

/// Whether the statement opts out of checking with a `sql-check: off` comment.
pub fn opted_out(sql: &str) -> bool {
    sql.lines().any(|line| {
        let l = line.trim_start();
        let comment = l
            .find("--")
            .map(|i| &l[i + 2..])
            .or_else(|| l.find("/*").map(|i| &l[i + 2..]));
        comment.is_some_and(|c| c.trim_start().starts_with("sql-check: off"))
    })
}
