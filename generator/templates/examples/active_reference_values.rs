use gen_runtime::{Conn, Direction, Error, Query, UnknownCode};
use models::ref_::{UserCompanyRole, UserCompanyRoleRow, user_company_role};

/// The rows of the roles that may be chosen for new memberships, in pick-list order: the
/// reference table's rows where `IsActive`, ordered by `SortOrder`.
pub async fn active_roles(conn: impl Conn) -> Result<Vec<UserCompanyRoleRow>, Error> {
    UserCompanyRoleRow::select()
        .where_eq(user_company_role::columns::IS_ACTIVE, true)
        .order_by(user_company_role::columns::SORT_ORDER, Direction::Asc)
        .all(conn)
        .await
}

/// A row's code as the generated enum, with its display name; a code the enum does not know
/// is an error naming the table (the database has drifted).
pub fn active_role(code: &str, name: String) -> Result<(UserCompanyRole, String), UnknownCode> {
    Ok((code.parse::<UserCompanyRole>()?, name))
}

/// Every role the crate knows, without a query: the enum is built from the table's rows.
pub fn all_role_codes() -> Vec<&'static str> {
    UserCompanyRole::ALL.iter().map(|r| r.code()).collect()
}
