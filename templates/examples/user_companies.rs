use gen_runtime::{Table, UnknownId, quote_pg as q};
use models::dbo::{Company, User, UserCompany, company, user, user_company};
use models::ref_::{UserCompanyRole, UserCompanyStatus, UserStatus};

/// A user by email with their status: `$1` is the email (stored lower-case).
/// Returns `UserID`, `FirstName`, `StatusID`.
pub fn user_by_email_sql() -> String {
    format!(
        "SELECT {id}, {first}, {status} FROM {user} WHERE {email} = $1 AND {deleted} = FALSE",
        id = q(user::columns::USER_ID),
        first = q(user::columns::FIRST_NAME),
        status = q(user::columns::STATUS_ID),
        user = pg_table(User::META),
        email = q(user::columns::EMAIL),
        deleted = q(user::columns::IS_DELETED),
    )
}

/// The companies a user is an active member of, with their role in each: `$1` is the
/// `UserID`. Returns `CompanyID`, `CompanyName`, `UserCompanyRoleID`, by company name.
pub fn user_companies_sql() -> String {
    format!(
        "SELECT c.{cid}, c.{name}, uc.{role} FROM {uc} uc \
         JOIN {c} c ON c.{cid} = uc.{uc_cid} \
         WHERE uc.{uid} = $1 AND uc.{status} = {active} AND uc.{deleted} = FALSE \
         ORDER BY c.{name}",
        cid = q(company::columns::COMPANY_ID),
        name = q(company::columns::COMPANY_NAME),
        role = q(user_company::columns::USER_COMPANY_ROLE_ID),
        uc = pg_table(UserCompany::META),
        c = pg_table(Company::META),
        uc_cid = q(user_company::columns::COMPANY_ID),
        uid = q(user_company::columns::USER_ID),
        status = q(user_company::columns::USER_COMPANY_STATUS_ID),
        active = UserCompanyStatus::Active.id(),
        deleted = q(user_company::columns::IS_DELETED),
    )
}

/// One of a user's companies, as a service uses it.
#[derive(Debug, PartialEq)]
pub struct Membership {
    /// The company's key.
    pub company_id: i64,
    /// The company's name.
    pub company_name: String,
    /// The user's role there, decoded into the generated enum.
    pub role: UserCompanyRole,
}

/// A row of [`user_companies_sql`] as a [`Membership`]; a role ID the enum does not know is
/// an error naming `ref.UserCompanyRole` and the ID (the database has drifted).
pub fn membership(company_id: i64, company_name: String, role_id: i32) -> Result<Membership, UnknownId> {
    let role = UserCompanyRole::try_from(role_id)?;
    Ok(Membership { company_id, company_name, role })
}

/// The user's status from a row of [`user_by_email_sql`]; only `Active` users may sign in.
pub fn can_sign_in(status_id: i32) -> Result<bool, UnknownId> {
    Ok(UserStatus::try_from(status_id)? == UserStatus::Active)
}
