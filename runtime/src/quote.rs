//! Identifier quoting for each SQL dialect. Names come from the database and are untrusted:
//! quoting doubles the closing delimiter, so no name can end the identifier early.

/// Quotes an identifier for SQL Server: `a]b` becomes `[a]]b]`.
pub fn quote_mssql(name: &str) -> String {
    format!("[{}]", name.replace(']', "]]"))
}

/// Quotes an identifier for PostgreSQL: `a"b` becomes `"a""b"`.
pub fn quote_pg(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_delimiters_are_doubled() {
        assert_eq!(quote_mssql("a]b"), "[a]]b]");
        assert_eq!(quote_mssql("ref"), "[ref]");
        assert_eq!(quote_pg("a\"b"), "\"a\"\"b\"");
        assert_eq!(quote_pg("[x]"), "\"[x]\"");
    }
}
