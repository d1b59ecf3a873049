//! What differs between the two SQL dialects in the statements the runtime builds.

/// A SQL dialect: picks identifier quoting, parameter placeholders, how an insert returns its
/// key, the database's UTC now and the boolean literals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dialect {
    /// SQL Server (T-SQL, tiberius): `[name]`, `@P1`.
    Mssql,
    /// PostgreSQL (tokio-postgres): `"name"`, `$1`.
    Postgres,
}

impl Dialect {
    /// Quotes an identifier, doubling the closing delimiter.
    pub fn quote(self, name: &str) -> String {
        match self {
            Dialect::Mssql => crate::quote_mssql(name),
            Dialect::Postgres => crate::quote_pg(name),
        }
    }

    /// Quoted column names, comma-separated: a select list or an insert's column list.
    pub fn columns(self, names: &[&str]) -> String {
        let quoted: Vec<String> = names.iter().map(|n| self.quote(n)).collect();
        quoted.join(", ")
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
        assert_eq!(
            Dialect::Mssql.set_now("UsedDate"),
            "[UsedDate] = GETUTCDATE()"
        );
    }
}
