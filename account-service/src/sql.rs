//! SQL text for PostgreSQL, built only from the generated column constants and table
//! metadata, so that a renamed column breaks this crate's build rather than a query.
//!
//! (Stand-in until the generated crate offers its own statements; kept to what the service
//! needs.)

use gen_runtime::{TableMeta, quote_pg};

/// The database's UTC now, for `datetime2` (`timestamp`) columns.
pub const NOW_UTC: &str = "(now() AT TIME ZONE 'utc')";

/// `"schema"."table"`.
pub fn table(meta: &TableMeta) -> String {
    meta.qualified_pg()
}

/// `"a", "b", …` quoted.
pub fn cols(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| quote_pg(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The SQL names of every column of `meta`, in ordinal order.
pub fn column_names(meta: &TableMeta) -> Vec<&'static str> {
    meta.columns.iter().map(|c| c.name).collect()
}

/// Every column of `meta`, in ordinal order, so that row positions equal column ordinals.
pub fn all_cols(meta: &TableMeta) -> String {
    cols(&column_names(meta))
}

/// `SELECT <every column> FROM "schema"."table" AS alias` (a `WHERE` follows).
pub fn select_all(meta: &TableMeta) -> String {
    format!("SELECT {} FROM {}", all_cols(meta), table(meta))
}

/// `"IsDeleted" = false`: rows that have not been soft-deleted.
pub fn live() -> String {
    format!(
        "{} = false",
        quote_pg(models::dbo::user::columns::IS_DELETED)
    )
}

/// `INSERT INTO t (c1, …) VALUES ($1, …) RETURNING "r1", …`.
pub fn insert_returning(meta: &TableMeta, names: &[&str], returning: &[&str]) -> String {
    let params: Vec<String> = (1..=names.len()).map(|i| format!("${i}")).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({}) RETURNING {}",
        table(meta),
        cols(names),
        params.join(", "),
        cols(returning)
    )
}

/// `"c1" = $first, "c2" = $first+1, …, "n1" = <UTC now>, …, "UpdatedDate" = <UTC now>` for
/// an `UPDATE … SET`: every update stamps `UpdatedDate` with the database's clock.
pub fn set_list(names: &[&str], first: usize, now: &[&str]) -> String {
    let params = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{} = ${}", quote_pg(n), first + i));
    let stamps = now
        .iter()
        .chain([&models::dbo::user::columns::UPDATED_DATE])
        .map(|n| format!("{} = {NOW_UTC}", quote_pg(n)));
    params.chain(stamps).collect::<Vec<_>>().join(", ")
}

/// `"c" = $n`.
pub fn eq(name: &str, n: usize) -> String {
    format!("{} = ${n}", quote_pg(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use gen_runtime::Table;
    use models::dbo::User;
    use models::dbo::user::columns as u;

    #[test]
    fn statements_quote_every_name() {
        assert_eq!(
            insert_returning(User::META, &[u::EMAIL, u::STATUS_ID], &[u::USER_ID]),
            "INSERT INTO \"dbo\".\"User\" (\"Email\", \"StatusID\") VALUES ($1, $2) RETURNING \"UserID\""
        );
        assert_eq!(
            set_list(&[u::ACCESS_TOKEN_VERSION], 2, &[u::LAST_LOGIN]),
            "\"AccessTokenVersion\" = $2, \"LastLogin\" = (now() AT TIME ZONE 'utc'), \"UpdatedDate\" = (now() AT TIME ZONE 'utc')"
        );
        assert!(select_all(User::META).starts_with("SELECT \"UserID\", \"Email\", "));
    }
}
