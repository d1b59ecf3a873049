//! What a name can refer to at one point of a statement: the relations of a FROM clause (with
//! the enclosing queries' relations behind them), and how identifiers match SQL names in each
//! dialect.

use sqlparser::ast::Ident;

use crate::schema::{ColumnDef, TableDef};
use crate::{Dialect, TypeInfo};

/// A column of a relation the statement defines itself (a CTE, a derived table, a `#temp`
/// table, a table variable).
#[derive(Debug, Clone)]
pub(crate) struct DCol {
    pub name: String,
    pub ty: Option<TypeInfo>,
    pub nullable: bool,
}

/// Where a relation's columns come from.
#[derive(Debug, Clone)]
pub(crate) enum Cols<'s> {
    /// A schema table.
    Table(&'s TableDef<'s>),
    /// Columns the statement defines.
    Derived(Vec<DCol>),
    /// An object the schema does not model: any column, of unknown type.
    Any,
}

/// One relation in a FROM clause (or the target of an INSERT / UPDATE / DELETE).
#[derive(Debug, Clone)]
pub(crate) struct Rel<'s> {
    /// The name a qualifier must match: the alias, or else the table's own name.
    pub name: String,
    /// The schema of a table named without alias (`dbo.User.Email` qualifies by it too).
    pub schema: Option<String>,
    /// What it is called in messages (`dbo.User AS u`).
    pub shown: String,
    pub cols: Cols<'s>,
    /// Made nullable by an outer join.
    pub nullable: bool,
}

/// A column found in a relation.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub ty: Option<TypeInfo>,
    pub nullable: bool,
    /// `dbo.User.Email`, for messages.
    pub origin: String,
    /// The generated struct's field name, for schema columns.
    pub field: Option<String>,
    /// The column's SQL name as the schema spells it.
    pub name: String,
}

/// The relations visible at one query level, and the enclosing level's.
pub(crate) struct Scope<'p, 's> {
    pub rels: Vec<Rel<'s>>,
    pub parent: Option<&'p Scope<'p, 's>>,
}

impl<'p, 's> Scope<'p, 's> {
    pub fn new(parent: Option<&'p Scope<'p, 's>>) -> Self {
        Scope {
            rels: Vec::new(),
            parent,
        }
    }

    /// This level and every enclosing one, innermost first.
    pub fn levels(&self) -> impl Iterator<Item = &Scope<'p, 's>> {
        std::iter::successors(Some(self), |s| s.parent)
    }
}

/// How an identifier as written compares with a SQL name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Match {
    Yes,
    /// Only ignoring case, which PostgreSQL does not (unquoted names fold to lower case).
    CaseOnly,
    No,
}

impl Dialect {
    /// Compares an identifier with a schema name: SQL Server ignores case; PostgreSQL folds
    /// unquoted identifiers to lower case and compares quoted ones exactly.
    pub(crate) fn matches(self, ident: &Ident, name: &str) -> Match {
        if !ident.value.eq_ignore_ascii_case(name) {
            return Match::No;
        }
        let exact = match self {
            Dialect::Mssql => true,
            Dialect::Postgres if ident.quote_style.is_some() => ident.value == name,
            Dialect::Postgres => ident.value.to_lowercase() == name,
        };
        if exact { Match::Yes } else { Match::CaseOnly }
    }

    /// An identifier as the database sees it, for comparing names the statement defines.
    pub(crate) fn norm(self, ident: &Ident) -> String {
        match self {
            Dialect::Postgres if ident.quote_style.is_some() => ident.value.clone(),
            _ => ident.value.to_lowercase(),
        }
    }

    /// The name as it must be written to match `name`.
    pub(crate) fn spell(self, name: &str) -> String {
        match self {
            Dialect::Mssql => name.to_owned(),
            Dialect::Postgres if name.to_lowercase() == name => name.to_owned(),
            Dialect::Postgres => format!("\"{name}\""),
        }
    }
}

impl Rel<'_> {
    /// The column names, for suggestions.
    pub fn names(&self) -> Vec<&str> {
        match &self.cols {
            Cols::Table(t) => t.columns.iter().map(|c| c.name).collect(),
            Cols::Derived(cols) => cols.iter().map(|c| c.name.as_str()).collect(),
            Cols::Any => Vec::new(),
        }
    }

    /// Looks `ident` up among the columns.
    pub fn column(&self, dialect: Dialect, ident: &Ident) -> Option<(Match, Found)> {
        match &self.cols {
            Cols::Table(t) => t.columns.iter().find_map(|c| {
                let m = dialect.matches(ident, c.name);
                (m != Match::No).then(|| (m, self.found_table(t, c)))
            }),
            Cols::Derived(cols) => {
                let want = dialect.norm(ident);
                cols.iter()
                    .find(|c| derived_norm(dialect, &c.name) == want)
                    .map(|c| {
                        let found = Found {
                            ty: c.ty.clone(),
                            nullable: c.nullable || self.nullable,
                            origin: format!("{}.{}", self.name, c.name),
                            field: None,
                            name: c.name.clone(),
                        };
                        (Match::Yes, found)
                    })
            }
            Cols::Any => Some((
                Match::Yes,
                Found {
                    ty: None,
                    nullable: true,
                    origin: format!("{}.{}", self.name, ident.value),
                    field: None,
                    name: ident.value.clone(),
                },
            )),
        }
    }

    fn found_table(&self, t: &TableDef<'_>, c: &ColumnDef<'_>) -> Found {
        Found {
            ty: Some(TypeInfo::from(c.ty)),
            nullable: c.nullable || self.nullable,
            origin: format!("{}.{}", t.qualified(), c.name),
            field: Some(c.field.to_owned()),
            name: c.name.to_owned(),
        }
    }

    /// Every column, in order, as a `*` expands it.
    pub fn expand(&self) -> Option<Vec<Found>> {
        match &self.cols {
            Cols::Table(t) => Some(t.columns.iter().map(|c| self.found_table(t, c)).collect()),
            Cols::Derived(cols) => Some(
                cols.iter()
                    .map(|c| Found {
                        ty: c.ty.clone(),
                        nullable: c.nullable || self.nullable,
                        origin: format!("{}.{}", self.name, c.name),
                        field: None,
                        name: c.name.clone(),
                    })
                    .collect(),
            ),
            Cols::Any => None,
        }
    }

    /// Whether a qualifier (`u`, `User`, `dbo.User`) names this relation.
    pub fn is_named(&self, dialect: Dialect, parts: &[Ident]) -> bool {
        match parts {
            [name] => derived_norm(dialect, &self.name) == dialect.norm(name),
            [.., schema, name] => self.schema.as_deref().is_some_and(|s| {
                derived_norm(dialect, s) == dialect.norm(schema)
                    && derived_norm(dialect, &self.name) == dialect.norm(name)
            }),
            [] => false,
        }
    }
}

/// A name the statement defined (kept as the database would fold it).
fn derived_norm(dialect: Dialect, name: &str) -> String {
    match dialect {
        Dialect::Postgres => name.to_owned(),
        Dialect::Mssql => name.to_lowercase(),
    }
}
