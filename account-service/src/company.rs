//! Companies and invitations: creating a company with its owner, inviting a user, accepting.

use db::Tx;
use gen_runtime::{Conn, Defaulted, NewRecord, Query};
use models::dbo::company::NewCompany;
use models::dbo::user_company::{NewUserCompany, columns as uc};
use models::dbo::user_invitation::{NewUserInvitation, columns as inv};
use models::dbo::{Company, UserCompany, UserInvitation};
use models::ref_::{JoinedVia, UserCompanyRole, UserCompanyStatus, UserInvitationStatus};
use security::SecretString;

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
#[derive(Clone, Copy)]
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
        let company = NewCompany {
            created_by: Some(owner_user_id),
            ..NewCompany::new(company_name.to_owned())
        };
        let svc = self.clone();
        self.pool
            .transaction(|tx| {
                let (svc, company) = (svc.clone(), company.clone());
                Box::pin(async move {
                    let company = company
                        .insert(&mut *tx)
                        .await
                        .map_err(svc.query("inserting dbo.Company"))?;
                    let owner = Membership {
                        user_id: owner_user_id,
                        company_id: company.company_id,
                        role: UserCompanyRole::Owner,
                        joined_via: JoinedVia::Signup,
                        invited_by: None,
                        is_default: true,
                    };
                    let membership = svc.add_member(tx, owner).await?;
                    Ok((company, membership))
                })
            })
            .await
    }

    /// Inserts the membership (with `IsDefaultCompany` given, in the same statement).
    async fn add_member(
        &self,
        tx: &mut Tx<'_>,
        m: Membership,
    ) -> Result<UserCompany, AccountError> {
        let new = NewUserCompany {
            is_default_company: Defaulted::Value(m.is_default),
            invited_by: m.invited_by,
            created_by: Some(m.user_id),
            ..NewUserCompany::new(
                m.user_id,
                m.company_id,
                m.role,
                UserCompanyStatus::Active,
                m.joined_via,
            )
        };
        new.insert(tx)
            .await
            .map_err(|e| match self.query("inserting dbo.UserCompany")(e) {
                AccountError::Db(d) if d.is_unique_violation() => AccountError::AlreadyMember {
                    user_id: m.user_id,
                    company_id: m.company_id,
                },
                e => e,
            })
    }

    /// The acting user's role in the company, if they are an active member.
    async fn role_in(
        &self,
        conn: impl Conn,
        user_id: i64,
        company_id: i64,
    ) -> Result<Option<UserCompanyRole>, AccountError> {
        let membership = UserCompany::by_user_and_company(user_id, company_id)
            .where_eq(uc::USER_COMPANY_STATUS_ID, UserCompanyStatus::Active)
            .one(conn)
            .await
            .map_err(self.query("reading dbo.UserCompany"))?;
        Ok(membership.map(|m| m.user_company_role_id))
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
            self.role_in(&mut conn, inviter_id, company_id).await?,
            Some(UserCompanyRole::Owner | UserCompanyRole::Admin)
        );
        if !allowed {
            return Err(AccountError::NotAllowed {
                user_id: inviter_id,
                company_id,
            });
        }
        if let Some(user) = self.find_user_by_email(&mut conn, &email).await?
            && self
                .role_in(&mut conn, user.user_id, company_id)
                .await?
                .is_some()
        {
            return Err(AccountError::AlreadyMember {
                user_id: user.user_id,
                company_id,
            });
        }
        let token = security::generate_secure_token()?;
        let invitation = NewUserInvitation {
            created_by: Some(inviter_id),
            ..NewUserInvitation::new(
                company_id,
                email,
                role,
                UserInvitationStatus::Pending,
                inviter_id,
                security::hash_token(token.expose()),
                Self::expiry(self.lifetimes.invitation),
            )
        };
        // One statement: no transaction needed.
        let invitation = invitation
            .insert(&mut conn)
            .await
            .map_err(self.query("inserting dbo.UserInvitation"))?;
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
        let svc = self.clone();
        let hash = security::hash_token(token);
        self.pool
            .transaction(|tx| {
                let (svc, hash) = (svc.clone(), hash.clone());
                Box::pin(async move { svc.accept_in(tx, &hash, user_id).await })
            })
            .await
    }

    async fn accept_in(
        &self,
        tx: &mut Tx<'_>,
        token_hash: &str,
        user_id: i64,
    ) -> Result<UserCompany, AccountError> {
        // Locked: two acceptances of one invitation cannot both pass the status check.
        let invitation = UserInvitation::by_token_hash(token_hash)
            .for_update()
            .one(&mut *tx)
            .await
            .map_err(self.query("reading dbo.UserInvitation"))?
            .ok_or(AccountError::TokenInvalid)?;
        if invitation.user_invitation_status_id != UserInvitationStatus::Pending {
            return Err(AccountError::TokenUsed);
        }
        if invitation.expiry_date <= Self::now() {
            return Err(AccountError::TokenExpired);
        }
        let invitee = self.find_user_by_email(&mut *tx, &invitation.email).await?;
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
        let membership = self.add_member(tx, member).await?;
        invitation
            .set(|i| i.user_invitation_status_id = UserInvitationStatus::Accepted)
            .set_now(inv::ACCEPTED_DATE)
            .save(tx)
            .await
            .map_err(self.query("updating dbo.UserInvitation"))?;
        Ok(membership)
    }
}
