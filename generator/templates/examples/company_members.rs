use gen_runtime::{Conn, Direction, Error, Query, ToValue};
use models::dbo::{User, UserCompany, user_company};
use models::ref_::{UserCompanyRole, UserCompanyStatus};

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

/// One page of a company's live members, oldest membership first (ties broken by the key, so
/// pages never overlap), and how many there are in all: the generated `for_company` finder,
/// ordered, paged and counted; each member's user by its key.
pub async fn company_members<C: Conn + Copy>(
    conn: C,
    company_id: i64,
    offset: u64,
    limit: u32,
) -> Result<(Vec<Member>, u64), Error> {
    let members = UserCompany::for_company(company_id);
    let total = members.clone().count(conn).await?;
    let page = members
        .order_by(user_company::columns::CREATED_DATE, Direction::Asc)
        .page(offset, limit)
        .all(conn)
        .await?;
    let mut out = Vec::with_capacity(page.len());
    for m in page {
        if let Some(user) = User::by_key(vec![m.user_id.to_value()]).one(conn).await? {
            out.push(Member {
                user_id: user.user_id,
                email: user.email,
                role: m.user_company_role_id,
                status: m.user_company_status_id,
            });
        }
    }
    Ok((out, total))
}

/// Whether a member may manage the company (owners and administrators with an active membership).
pub fn can_manage(m: &Member) -> bool {
    m.status == UserCompanyStatus::Active
        && matches!(m.role, UserCompanyRole::Owner | UserCompanyRole::Admin)
}
