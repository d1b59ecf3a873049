//! Companies and invitations: creating a company with its owner, inviting a user, accepting.

use gen_runtime::{Table, quote_pg};
use models::dbo::user_company::columns as uc;
use models::dbo::user_invitation::columns as inv;
use models::dbo::{Company, UserCompany, UserInvitation};
use models::ref_::{JoinedVia, UserCompanyRole, UserCompanyStatus, UserInvitationStatus};
use security::SecretString;
use tokio_postgres::{GenericClient, Transaction};

use crate::rows::{FromPgRow, Reader};
use crate::sql::{self, NOW_UTC};
use crate::{AccountError, AccountService};

/// A sent invitation.
#[derive(Debug)]
pub struct Invitation {
    /// `dbo.UserInvitation.UserInvitationID`.
    pub invitation_id: i64,
    /// The token to email; the database holds only its hash.
    pub token: SecretString,
}

/// A membership to insert into `dbo.UserCompany`.
struct Membership {
    user_id: i64,
    company_id: i64,
    role: UserCompanyRole,
    joined_via: JoinedVia,
    invited_by: Option<i64>,
    is_default: bool,
}

impl AccountService {
    /// Creates a company with `owner_user_id` as its `OWNER`, all or nothing.
    pub async fn create_company(
        &self,
        owner_user_id: i64,
        company_name: &str,
    ) -> Result<(Company, UserCompany), AccountError> {
        use models::dbo::company::columns as c;
        let mut conn = self.conn().await?;
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting company creation"))?;
        let all = sql::column_names(Company::META);
        let insert = sql::insert_returning(Company::META, &[c::COMPANY_NAME, c::CREATED_BY], &all);
        let row = tx
            .query_one(&insert, &[&company_name, &owner_user_id])
            .await
            .map_err(self.db("inserting dbo.Company"))?;
        let company = Company::from_pg_row(&row)?;
        let owner = Membership {
            user_id: owner_user_id,
            company_id: company.company_id,
            role: UserCompanyRole::Owner,
            joined_via: JoinedVia::Signup,
            invited_by: None,
            is_default: true,
        };
        let membership = self.add_member(&tx, &owner).await?;
        tx.commit()
            .await
            .map_err(self.db("committing company creation"))?;
        Ok((company, membership))
    }

    async fn add_member(
        &self,
        tx: &Transaction<'_>,
        m: &Membership,
    ) -> Result<UserCompany, AccountError> {
        let insert = format!(
            "INSERT INTO {} ({}) VALUES ($1, $2, $3, $4, $5, $6, $7, $1) RETURNING {}",
            sql::table(UserCompany::META),
            sql::cols(&[
                uc::USER_ID,
                uc::COMPANY_ID,
                uc::USER_COMPANY_ROLE_ID,
                uc::USER_COMPANY_STATUS_ID,
                uc::IS_DEFAULT_COMPANY,
                uc::JOINED_VIA,
                uc::INVITED_BY,
                uc::CREATED_BY,
            ]),
            sql::all_cols(UserCompany::META),
        );
        let params: [&(dyn tokio_postgres::types::ToSql + Sync); 7] = [
            &m.user_id,
            &m.company_id,
            &m.role.id(),
            &UserCompanyStatus::Active.id(),
            &m.is_default,
            &m.joined_via.id(),
            &m.invited_by,
        ];
        let row = tx.query_one(&insert, &params).await.map_err(|e| {
            match self.db("inserting dbo.UserCompany")(e) {
                AccountError::Db(d) if d.is_unique_violation() => AccountError::AlreadyMember {
                    user_id: m.user_id,
                    company_id: m.company_id,
                },
                e => e,
            }
        })?;
        Ok(UserCompany::from_pg_row(&row)?)
    }

    /// The acting user's role in the company, if they are an active member.
    async fn role_in(
        &self,
        client: &impl GenericClient,
        user_id: i64,
        company_id: i64,
    ) -> Result<Option<UserCompanyRole>, AccountError> {
        let query = format!(
            "SELECT {} FROM {} WHERE {} AND {} AND {} AND {}",
            quote_pg(uc::USER_COMPANY_ROLE_ID),
            sql::table(UserCompany::META),
            sql::eq(uc::USER_ID, 1),
            sql::eq(uc::COMPANY_ID, 2),
            sql::eq(uc::USER_COMPANY_STATUS_ID, 3),
            sql::live(),
        );
        let active = UserCompanyStatus::Active.id();
        let row = client
            .query_opt(&query, &[&user_id, &company_id, &active])
            .await
            .map_err(self.db("reading dbo.UserCompany"))?;
        let Some(row) = row else { return Ok(None) };
        let names = [uc::USER_COMPANY_ROLE_ID];
        Ok(Some(
            Reader::selected(&row, UserCompany::META, &names).reference()?,
        ))
    }

    /// Invites `email` to the company with `role`; only its owners and admins may.
    pub async fn invite_user(
        &self,
        company_id: i64,
        inviter_id: i64,
        email: &str,
        role: UserCompanyRole,
    ) -> Result<Invitation, AccountError> {
        let email = api::validate::validate_email_for_storage(email)?;
        let mut conn = self.conn().await?;
        let allowed = matches!(
            self.role_in(&*conn, inviter_id, company_id).await?,
            Some(UserCompanyRole::Owner | UserCompanyRole::Admin)
        );
        if !allowed {
            return Err(AccountError::NotAllowed {
                user_id: inviter_id,
                company_id,
            });
        }
        if let Some(user) = self.find_user_by_email(&*conn, &email).await?
            && self
                .role_in(&*conn, user.user_id, company_id)
                .await?
                .is_some()
        {
            return Err(AccountError::AlreadyMember {
                user_id: user.user_id,
                company_id,
            });
        }
        let token = security::generate_secure_token()?;
        let insert = sql::insert_returning(
            UserInvitation::META,
            &[
                inv::COMPANY_ID,
                inv::EMAIL,
                inv::USER_COMPANY_ROLE_ID,
                inv::USER_INVITATION_STATUS_ID,
                inv::INVITED_BY,
                inv::TOKEN_HASH,
                inv::EXPIRY_DATE,
                inv::CREATED_BY,
            ],
            &[inv::USER_INVITATION_ID],
        );
        let expiry = Self::expiry(self.lifetimes.invitation);
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting invitation"))?;
        let row = tx
            .query_one(
                &insert,
                &[
                    &company_id,
                    &email,
                    &role.id(),
                    &UserInvitationStatus::Pending.id(),
                    &inviter_id,
                    &security::hash_token(token.expose()),
                    &expiry,
                    &inviter_id,
                ],
            )
            .await
            .map_err(self.db("inserting dbo.UserInvitation"))?;
        tx.commit()
            .await
            .map_err(self.db("committing invitation"))?;
        Ok(Invitation {
            invitation_id: row.get(0),
            token,
        })
    }

    /// Accepts an invitation for `user_id` (whose email must be the invited one): adds the
    /// membership with the invited role, `JoinedVia = INVITATION` and `InvitedBy`, and marks
    /// the invitation accepted, all or nothing.
    pub async fn accept_invitation(
        &self,
        token: &str,
        user_id: i64,
    ) -> Result<UserCompany, AccountError> {
        let mut conn = self.conn().await?;
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting acceptance"))?;
        let names = [
            inv::USER_INVITATION_ID,
            inv::COMPANY_ID,
            inv::EMAIL,
            inv::USER_COMPANY_ROLE_ID,
            inv::USER_INVITATION_STATUS_ID,
            inv::INVITED_BY,
        ];
        let find = format!(
            "SELECT {}, {} <= {NOW_UTC} FROM {} WHERE {} AND {} FOR UPDATE",
            sql::cols(&names),
            quote_pg(inv::EXPIRY_DATE),
            sql::table(UserInvitation::META),
            sql::eq(inv::TOKEN_HASH, 1),
            sql::live(),
        );
        let row = tx
            .query_opt(&find, &[&security::hash_token(token)])
            .await
            .map_err(self.db("reading dbo.UserInvitation"))?
            .ok_or(AccountError::TokenInvalid)?;
        let mut r = Reader::selected(&row, UserInvitation::META, &names);
        let (invitation_id, company_id, email): (i64, i64, String) = (r.get()?, r.get()?, r.get()?);
        let role: UserCompanyRole = r.reference()?;
        let status: UserInvitationStatus = r.reference()?;
        let invited_by: i64 = r.get()?;
        if status != UserInvitationStatus::Pending {
            return Err(AccountError::TokenUsed);
        }
        if row.get::<_, bool>(names.len()) {
            return Err(AccountError::TokenExpired);
        }
        let invitee = self.find_user_by_email(&tx, &email).await?;
        if invitee.is_none_or(|u| u.user_id != user_id) {
            return Err(AccountError::WrongInvitee);
        }
        let member = Membership {
            user_id,
            company_id,
            role,
            joined_via: JoinedVia::Invitation,
            invited_by: Some(invited_by),
            is_default: false,
        };
        let membership = self.add_member(&tx, &member).await?;
        let accept = format!(
            "UPDATE {} SET {} WHERE {}",
            sql::table(UserInvitation::META),
            sql::set_list(&[inv::USER_INVITATION_STATUS_ID], 1, &[inv::ACCEPTED_DATE]),
            sql::eq(inv::USER_INVITATION_ID, 2),
        );
        tx.execute(
            &accept,
            &[&UserInvitationStatus::Accepted.id(), &invitation_id],
        )
        .await
        .map_err(self.db("updating dbo.UserInvitation"))?;
        tx.commit()
            .await
            .map_err(self.db("committing acceptance"))?;
        Ok(membership)
    }
}
