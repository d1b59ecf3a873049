use gen_runtime::{Conn, Error, Query, ToValue};
use models::dbo::{Company, User, UserCompany, user_company};
use models::ref_::{UserCompanyRole, UserCompanyStatus, UserStatus};

/// The live user with this email (stored lower-case), through the generated finder of the
/// `UQ_User_Email` key: no SQL text, the same call on PostgreSQL and SQL Server.
pub async fn user_by_email(conn: impl Conn, email: &str) -> Result<Option<User>, Error> {
    User::by_email(email).one(conn).await
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

/// The companies a user is an active member of, with their role in each, by company name:
/// the memberships through the generated foreign-key finder (`for_user`), narrowed by a
/// column constant and the status enum, then each membership's company by its key.
pub async fn user_companies<C: Conn + Copy>(conn: C, user_id: i64) -> Result<Vec<Membership>, Error> {
    let memberships = UserCompany::for_user(user_id)
        .where_eq(user_company::columns::USER_COMPANY_STATUS_ID, UserCompanyStatus::Active)
        .all(conn)
        .await?;
    let mut companies = Vec::new();
    for m in memberships {
        let company = Company::by_key(vec![m.company_id.to_value()]).one(conn).await?;
        if let Some(company) = company {
            companies.push(Membership {
                company_id: company.company_id,
                company_name: company.company_name,
                role: m.user_company_role_id,
            });
        }
    }
    companies.sort_by(|a, b| a.company_name.cmp(&b.company_name));
    Ok(companies)
}

/// Only `Active` users may sign in: a `match` on the generated enum, not a string.
pub fn can_sign_in(user: &User) -> bool {
    user.status_id == UserStatus::Active
}
