//! The SQL dialects and what differs between them in SQL text: identifier quoting, string and
//! boolean literals, parameter placeholders and the database's UTC now. This is the one
//! `Dialect` of the workspace: the generator (`gen ddl --dialect`, its IR-aware type and
//! expression code), `db` (which dialect a connection string names) and the generated crate
//! all use it.

use std::fmt;
use std::str::FromStr;

/// A SQL dialect: picks identifier quoting, parameter placeholders, how an insert returns its
/// key, the database's UTC now, the boolean literals and how names compare. SQL Server is the
/// default: it is the platform's database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Dialect {
    /// SQL Server (T-SQL, tiberius): `[name]`, `@P1`.
    #[default]
    Mssql,
    /// PostgreSQL (tokio-postgres): `"name"`, `$1`.
    Postgres,
}

impl Dialect {
    /// Every dialect, in the order `gen --help` lists them.
    pub const ALL: [Dialect; 2] = [Dialect::Mssql, Dialect::Postgres];

    /// The dialect's name on the command line and in messages: `mssql` or `postgres`.
    pub const fn name(self) -> &'static str {
        match self {
            Dialect::Mssql => "mssql",
            Dialect::Postgres => "postgres",
        }
    }

    /// The product the dialect is spoken by, for help text and script headers.
    pub const fn description(self) -> &'static str {
        match self {
            Dialect::Mssql => "SQL Server (T-SQL)",
            Dialect::Postgres => "PostgreSQL",
        }
    }

    /// The database's own name, for messages and script headers (`SQL Server`, `PostgreSQL`).
    pub const fn product(self) -> &'static str {
        match self {
            Dialect::Mssql => "SQL Server",
            Dialect::Postgres => "PostgreSQL",
        }
    }

    /// Whether this dialect compares identifiers ignoring case: SQL Server does (under the
    /// default collation); PostgreSQL compares quoted identifiers exactly.
    pub const fn case_insensitive(self) -> bool {
        matches!(self, Dialect::Mssql)
    }

    /// The form under which this dialect considers two names the same: lower-cased on SQL
    /// Server, verbatim on PostgreSQL.
    pub fn name_key(self, name: &str) -> String {
        match self {
            Dialect::Mssql => name.to_lowercase(),
            Dialect::Postgres => name.to_owned(),
        }
    }

    /// Whether `a` and `b` name the same object in this dialect.
    pub fn same_name(self, a: &str, b: &str) -> bool {
        match self {
            Dialect::Mssql => a == b || a.to_lowercase() == b.to_lowercase(),
            Dialect::Postgres => a == b,
        }
    }

    /// Quotes an identifier, doubling the closing delimiter: `[a]]b]` or `"a""b"`.
    pub fn quote(self, name: &str) -> String {
        match self {
            Dialect::Mssql => crate::quote_mssql(name),
            Dialect::Postgres => crate::quote_pg(name),
        }
    }

    /// `schema.name`, both quoted.
    pub fn qualified(self, schema: &str, name: &str) -> String {
        format!("{}.{}", self.quote(schema), self.quote(name))
    }

    /// A string literal with `'` doubled; `N'…'` on SQL Server when `national` (Unicode text).
    pub fn string_literal(self, text: &str, national: bool) -> String {
        let body = text.replace('\'', "''");
        match self {
            Dialect::Mssql if national => format!("N'{body}'"),
            _ => format!("'{body}'"),
        }
    }

    /// Quoted column names, comma-separated: a select list or an insert's column list.
    pub fn columns(self, names: &[&str]) -> String {
        let quoted: Vec<String> = names.iter().map(|n| self.quote(n)).collect();
        quoted.join(", ")
    }

    /// One entry of a select list (or `RETURNING` / read-back) for a column of canonical type
    /// `sql_type`: the quoted name, except that SQL Server `money` and `smallmoney` are read as
    /// `CAST([c] AS decimal(19,4)) AS [c]` (`decimal(10,4)`), because tiberius hands MONEY over
    /// as an `f64`, which neither decodes as a `Decimal` nor holds 922337203685477.5807. Every
    /// statement the runtime builds reads its columns through this one function. `prefix`
    /// qualifies the column (`INSERTED.` in an `OUTPUT` clause), or is empty.
    pub fn select_column(self, prefix: &str, name: &str, sql_type: &str) -> String {
        let quoted = self.quote(name);
        let exact = match sql_type {
            t if t.eq_ignore_ascii_case("money") => "decimal(19,4)",
            t if t.eq_ignore_ascii_case("smallmoney") => "decimal(10,4)",
            _ => return format!("{prefix}{quoted}"),
        };
        match self {
            Dialect::Mssql => format!("CAST({prefix}{quoted} AS {exact}) AS {quoted}"),
            Dialect::Postgres => format!("{prefix}{quoted}"),
        }
    }

    /// `column = <parameter n>`, for hand-written conditions and assignments.
    pub fn equals(self, column: &str, n: usize) -> String {
        format!("{} = {}", self.quote(column), self.placeholder(n))
    }

    /// `column = <UTC now>`, for stamping a `datetime2` column with the database's clock.
    pub fn set_now(self, column: &str) -> String {
        format!("{} = {}", self.quote(column), self.now_utc())
    }

    /// The placeholder of the `n`th parameter (1-based).
    pub fn placeholder(self, n: usize) -> String {
        match self {
            Dialect::Mssql => format!("@P{n}"),
            Dialect::Postgres => format!("${n}"),
        }
    }

    /// The database's current UTC time as a `datetime2` / `timestamp` expression.
    pub fn now_utc(self) -> &'static str {
        match self {
            Dialect::Mssql => "GETUTCDATE()",
            Dialect::Postgres => "(now() AT TIME ZONE 'utc')",
        }
    }

    /// The literal for a `bit` / `boolean` value.
    pub fn boolean(self, value: bool) -> &'static str {
        match (self, value) {
            (Dialect::Mssql, true) => "1",
            (Dialect::Mssql, false) => "0",
            (Dialect::Postgres, true) => "true",
            (Dialect::Postgres, false) => "false",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A dialect name that is neither `mssql` nor `postgres`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownDialect(pub String);

impl fmt::Display for UnknownDialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown dialect `{}`: write `mssql` or `postgres`",
            self.0
        )
    }
}

impl std::error::Error for UnknownDialect {}

impl FromStr for Dialect {
    type Err = UnknownDialect;

    /// Parses [`Dialect::name`], exactly (the command line's spelling).
    fn from_str(s: &str) -> Result<Dialect, UnknownDialect> {
        Dialect::ALL
            .into_iter()
            .find(|d| d.name() == s)
            .ok_or_else(|| UnknownDialect(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_dialect_quotes_and_numbers_its_own_way() {
        assert_eq!(Dialect::Mssql.quote("a]b"), "[a]]b]");
        assert_eq!(Dialect::Postgres.quote("ref"), "\"ref\"");
        assert_eq!(Dialect::Mssql.placeholder(2), "@P2");
        assert_eq!(Dialect::Postgres.placeholder(2), "$2");
        assert_eq!(Dialect::Postgres.boolean(false), "false");
        assert_eq!(Dialect::Mssql.columns(&["a", "b]"]), "[a], [b]]]");
        assert_eq!(Dialect::Postgres.equals("Email", 3), "\"Email\" = $3");
        for (d, prefix, ty, want) in [
            (
                Dialect::Mssql,
                "",
                "money",
                "CAST([X] AS decimal(19,4)) AS [X]",
            ),
            (
                Dialect::Mssql,
                "INSERTED.",
                "smallmoney",
                "CAST(INSERTED.[X] AS decimal(10,4)) AS [X]",
            ),
            (Dialect::Mssql, "", "decimal(19,4)", "[X]"),
            (Dialect::Postgres, "", "money", "\"X\""),
        ] {
            assert_eq!(d.select_column(prefix, "X", ty), want, "{ty}");
        }
        assert_eq!(
            Dialect::Mssql.set_now("UsedDate"),
            "[UsedDate] = GETUTCDATE()"
        );
        assert_eq!(Dialect::Mssql.qualified("a]b", "c"), "[a]]b].[c]");
        assert_eq!(Dialect::Mssql.string_literal("O'Neil", true), "N'O''Neil'");
        assert_eq!(
            Dialect::Postgres.string_literal("O'Neil", true),
            "'O''Neil'"
        );
        assert_eq!(Dialect::Mssql.string_literal("x", false), "'x'");
        assert!(Dialect::Mssql.same_name("User", "user"));
        assert!(!Dialect::Postgres.same_name("User", "user"));
        assert_eq!(Dialect::Mssql.name_key("Dbo"), "dbo");
        assert_eq!(Dialect::default(), Dialect::Mssql);
    }

    #[test]
    fn names_round_trip_and_others_are_refused() {
        for d in Dialect::ALL {
            assert_eq!(d.name().parse::<Dialect>(), Ok(d));
            assert_eq!(d.to_string(), d.name());
        }
        let e = "Postgres".parse::<Dialect>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown dialect `Postgres`: write `mssql` or `postgres`"
        );
    }
}
