use gen_runtime::{Table, UnknownId, quote_pg as q};
use models::dbo::{User, UserCompany, user, user_company};
use models::ref_::{UserCompanyRole, UserCompanyStatus};

/// The members of a company with their role and membership status: `$1` is the `CompanyID`.
/// Returns `UserID`, `Email`, `UserCompanyRoleID`, `UserCompanyStatusID`, by email.
pub fn company_members_sql() -> String {
    format!(
        "SELECT u.{uid}, u.{email}, uc.{role}, uc.{status} FROM {uc} uc \
         JOIN {u} u ON u.{uid} = uc.{uc_uid} \
         WHERE uc.{cid} = $1 AND uc.{deleted} = FALSE AND u.{u_deleted} = FALSE \
         ORDER BY u.{email}",
        uid = q(user::columns::USER_ID),
        email = q(user::columns::EMAIL),
        role = q(user_company::columns::USER_COMPANY_ROLE_ID),
        status = q(user_company::columns::USER_COMPANY_STATUS_ID),
        uc = pg_table(UserCompany::META),
        u = pg_table(User::META),
        uc_uid = q(user_company::columns::USER_ID),
        cid = q(user_company::columns::COMPANY_ID),
        deleted = q(user_company::columns::IS_DELETED),
        u_deleted = q(user::columns::IS_DELETED),
    )
}

/// A company member, as an administration screen lists them.
#[derive(Debug, PartialEq)]
pub struct Member {
    /// The user's key.
    pub user_id: i64,
    /// The user's email.
    pub email: String,
    /// Their role in the company.
    pub role: UserCompanyRole,
    /// Whether the membership grants access now.
    pub status: UserCompanyStatus,
}

/// A row of [`company_members_sql`] as a [`Member`]; unknown IDs are errors naming the table.
pub fn member(user_id: i64, email: String, role_id: i32, status_id: i32) -> Result<Member, UnknownId> {
    Ok(Member {
        user_id,
        email,
        role: UserCompanyRole::try_from(role_id)?,
        status: UserCompanyStatus::try_from(status_id)?,
    })
}

/// Whether a member may manage the company (owners and administrators with an active membership).
pub fn can_manage(m: &Member) -> bool {
    m.status == UserCompanyStatus::Active
        && matches!(m.role, UserCompanyRole::Owner | UserCompanyRole::Admin)
}
