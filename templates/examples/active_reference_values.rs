use gen_runtime::{Table, UnknownCode, quote_pg as q};
use models::ref_::{UserCompanyRole, UserCompanyRoleRow, user_company_role};

/// The roles that may be chosen for new memberships, in pick-list order.
/// Returns `Code`, `Name`.
pub fn active_roles_sql() -> String {
    format!(
        "SELECT {code}, {name} FROM {t} WHERE {active} = TRUE ORDER BY {sort}",
        code = q(user_company_role::columns::CODE),
        name = q(user_company_role::columns::NAME),
        t = pg_table(UserCompanyRoleRow::META),
        active = q(user_company_role::columns::IS_ACTIVE),
        sort = q(user_company_role::columns::SORT_ORDER),
    )
}

/// A row of [`active_roles_sql`] as the generated enum and its display name; a code the enum
/// does not know is an error naming the table (the database has drifted).
pub fn active_role(code: &str, name: String) -> Result<(UserCompanyRole, String), UnknownCode> {
    Ok((code.parse::<UserCompanyRole>()?, name))
}

/// Every role the crate knows, without a query: the enum is built from the table's rows.
pub fn all_role_codes() -> Vec<&'static str> {
    UserCompanyRole::ALL.iter().map(|r| r.code()).collect()
}
