// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// A person who can sign in: identity, credentials and onboarding state.
pub mod user;
pub use self::user::User;

/// An organisation on the platform, identified by its Australian Business Number where it has one.
pub mod company;
pub use self::company::Company;

/// Membership of a user in a company, with their role there.
pub mod user_company;
pub use self::user_company::UserCompany;

/// Refresh tokens issued at sign-in, rotated on every use; stored only as hashes.
pub mod user_refresh_token;
pub use self::user_refresh_token::UserRefreshToken;

/// A company's profile as a customer of the platform: tier, industry and preferences.
pub mod company_customer_details;
pub use self::company_customer_details::CompanyCustomerDetails;

/// Where and how a company is invoiced.
pub mod company_billing_details;
pub use self::company_billing_details::CompanyBillingDetails;

/// A company's public profile as an event organiser.
pub mod company_organizer_details;
pub use self::company_organizer_details::CompanyOrganizerDetails;

/// An invitation, sent by email, to join a company with a given role.
pub mod user_invitation;
pub use self::user_invitation::UserInvitation;

/// One-time tokens emailed to confirm an email address; stored only as hashes.
pub mod user_email_verification_token;
pub use self::user_email_verification_token::UserEmailVerificationToken;

/// One-time tokens emailed to reset a forgotten password; stored only as hashes.
pub mod user_password_reset_token;
pub use self::user_password_reset_token::UserPasswordResetToken;
