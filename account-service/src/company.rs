//! Companies and invitations: creating a company with its owner, inviting a user, accepting.

use gen_runtime::{NewRecord, Query, Table};
use models::dbo::company::NewCompany;
use models::dbo::user_company::NewUserCompany;
use models::dbo::user_company::columns as uc;
use models::dbo::user_invitation::NewUserInvitation;
use models::dbo::user_invitation::columns as inv;
use models::dbo::{Company, UserCompany, UserInvitation};
use models::ref_::{JoinedVia, UserCompanyRole, UserCompanyStatus, UserInvitationStatus};
use security::SecretString;
use tokio_postgres::{GenericClient, Transaction};

use crate::service::PG;
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
        let mut conn = self.conn().await?;
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting company creation"))?;
        let company = NewCompany {
            company_name: company_name.to_owned(),
            abn: None,
            acn: None,
            trading_name: None,
            entity_type_code: None,
            entity_type_name: None,
            created_by: Some(owner_user_id),
            updated_by: None,
            deleted_date: None,
            deleted_by: None,
        };
        let company = company
            .insert(&tx)
            .await
            .map_err(self.query("inserting dbo.Company"))?;
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
        let new = NewUserCompany {
            user_id: m.user_id,
            company_id: m.company_id,
            user_company_role_id: m.role,
            user_company_status_id: UserCompanyStatus::Active,
            joined_via: m.joined_via,
            invited_by: m.invited_by,
            created_by: Some(m.user_id),
            updated_by: None,
            deleted_date: None,
            deleted_by: None,
        };
        let mut membership =
            new.insert(tx)
                .await
                .map_err(|e| match self.query("inserting dbo.UserCompany")(e) {
                    AccountError::Db(d) if d.is_unique_violation() => AccountError::AlreadyMember {
                        user_id: m.user_id,
                        company_id: m.company_id,
                    },
                    e => e,
                })?;
        // IsDefaultCompany has a database default, so inserts leave it out: set it after.
        if membership.is_default_company != m.is_default {
            membership.is_default_company = m.is_default;
            membership
                .update(tx)
                .await
                .map_err(self.query("updating dbo.UserCompany"))?;
            membership = UserCompany::find(tx, membership.key())
                .await
                .map_err(self.query("reading dbo.UserCompany"))?
                .ok_or(AccountError::Query(gen_runtime::Error::NoRow {
                    table: "dbo.UserCompany".into(),
                    action: "reading a new membership",
                }))?;
        }
        Ok(membership)
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
            PG.quote(uc::USER_COMPANY_ROLE_ID),
            UserCompany::META.qualified(PG),
            PG.equals(uc::USER_ID, 1),
            PG.equals(uc::COMPANY_ID, 2),
            PG.equals(uc::USER_COMPANY_STATUS_ID, 3),
            UserCompany::META.live(PG),
        );
        let active = UserCompanyStatus::Active.id();
        let row = client
            .query_opt(&query, &[&user_id, &company_id, &active])
            .await
            .map_err(self.db("reading dbo.UserCompany"))?;
        let Some(row) = row else { return Ok(None) };
        let role = gen_runtime::pg::reference(&row, UserCompany::META, uc::USER_COMPANY_ROLE_ID)?;
        Ok(Some(role))
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
        let expiry = Self::expiry(self.lifetimes.invitation);
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting invitation"))?;
        let invitation = NewUserInvitation {
            company_id,
            email: email.clone(),
            first_name: None,
            last_name: None,
            user_company_role_id: role,
            user_invitation_status_id: UserInvitationStatus::Pending,
            invited_by: inviter_id,
            token_hash: security::hash_token(token.expose()),
            expiry_date: expiry,
            accepted_date: None,
            revoked_date: None,
            created_by: Some(inviter_id),
            updated_by: None,
            deleted_date: None,
            deleted_by: None,
        };
        let invitation = invitation
            .insert(&tx)
            .await
            .map_err(self.query("inserting dbo.UserInvitation"))?;
        tx.commit()
            .await
            .map_err(self.db("committing invitation"))?;
        Ok(Invitation {
            invitation_id: invitation.user_invitation_id,
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
        // Every column in order (decoded by position), then whether it has expired by the
        // database's clock.
        let find = format!(
            "SELECT {}, {} <= {} FROM {} WHERE {} AND {} FOR UPDATE",
            UserInvitation::META.column_list(PG),
            PG.quote(inv::EXPIRY_DATE),
            PG.now_utc(),
            UserInvitation::META.qualified(PG),
            PG.equals(inv::TOKEN_HASH, 1),
            UserInvitation::META.live(PG),
        );
        let row = tx
            .query_opt(&find, &[&security::hash_token(token)])
            .await
            .map_err(self.db("reading dbo.UserInvitation"))?
            .ok_or(AccountError::TokenInvalid)?;
        let invitation = gen_runtime::pg::decode::<UserInvitation>(&row)?;
        if invitation.user_invitation_status_id != UserInvitationStatus::Pending {
            return Err(AccountError::TokenUsed);
        }
        if row.get::<_, bool>(UserInvitation::META.columns.len()) {
            return Err(AccountError::TokenExpired);
        }
        let invitee = self.find_user_by_email(&tx, &invitation.email).await?;
        if invitee.is_none_or(|u| u.user_id != user_id) {
            return Err(AccountError::WrongInvitee);
        }
        let member = Membership {
            user_id,
            company_id: invitation.company_id,
            role: invitation.user_company_role_id,
            joined_via: JoinedVia::Invitation,
            invited_by: Some(invitation.invited_by),
            is_default: false,
        };
        let membership = self.add_member(&tx, &member).await?;
        let accept = format!(
            "UPDATE {} SET {}, {}, {} WHERE {}",
            UserInvitation::META.qualified(PG),
            PG.equals(inv::USER_INVITATION_STATUS_ID, 1),
            PG.set_now(inv::ACCEPTED_DATE),
            PG.set_now(inv::UPDATED_DATE),
            PG.equals(inv::USER_INVITATION_ID, 2),
        );
        tx.execute(
            &accept,
            &[
                &UserInvitationStatus::Accepted.id(),
                &invitation.user_invitation_id,
            ],
        )
        .await
        .map_err(self.db("updating dbo.UserInvitation"))?;
        tx.commit()
            .await
            .map_err(self.db("committing acceptance"))?;
        Ok(membership)
    }
}
