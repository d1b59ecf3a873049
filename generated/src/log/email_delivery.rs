// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Every email the platform sends and what became of it.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-email_delivery).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `EmailDeliveryID` | `email_delivery_id` | `bigint identity` | no |  |
 | `RecipientEmail` | `recipient_email` | `nvarchar(255)` | no |  |
 | `TemplateName` | `template_name` | `varchar(100)` | no |  |
 | `Subject` | `subject` | `nvarchar(500)` | no |  |
 | `Status` | `status` | `varchar(20)` | no | `'QUEUED'` |
 | `ProviderReference` | `provider_reference` | `nvarchar(200)` | yes |  |
 | `AttemptCount` | `attempt_count` | `tinyint` | no | `0` |
 | `ErrorMessage` | `error_message` | `nvarchar(max)` | yes |  |
 | `UserID` | `user_id` | `bigint` | yes |  |
 | `SentDate` | `sent_date` | `datetime2(7)` | yes |  |
 | `DeliveredDate` | `delivered_date` | `datetime2(7)` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_EmailDelivery` (`EmailDeliveryID`)
 - check `CK_EmailDelivery_Status`: `Status IN ('QUEUED', 'SENT', 'DELIVERED', 'BOUNCED', 'FAILED')`
 - index `IX_EmailDelivery_RecipientEmail` (`RecipientEmail`)
 - index `IX_EmailDelivery_Status_CreatedDate` (`Status`, `CreatedDate`)
 - index `IX_EmailDelivery_UserID` (`UserID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct EmailDelivery {
    /// Surrogate key of the delivery record.
    pub email_delivery_id: i64,
    /// Address the email was sent to.
    pub recipient_email: ::std::string::String,
    /// Template used (email_verification, password_reset, user_invitation).
    pub template_name: ::std::string::String,
    /// Subject line as sent.
    pub subject: ::std::string::String,
    /// QUEUED, SENT, DELIVERED, BOUNCED or FAILED.
    pub status: crate::log::EmailDeliveryStatus,
    /// Message identifier returned by the email provider.
    pub provider_reference: ::core::option::Option<::std::string::String>,
    /// Send attempts so far.
    pub attempt_count: u8,
    /// Last error from the provider, for BOUNCED and FAILED.
    pub error_message: ::core::option::Option<::std::string::String>,
    /// Recipient user, if any (not a foreign key).
    pub user_id: ::core::option::Option<i64>,
    /// When the provider accepted the email (UTC).
    pub sent_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the provider reported delivery (UTC).
    pub delivered_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the email was queued (UTC).
    pub created_date: ::chrono::NaiveDateTime,
}

/// Column names of `log.EmailDelivery`, for SQL text.
pub mod columns {
    /// Surrogate key of the delivery record.
    pub const EMAIL_DELIVERY_ID: &str = "EmailDeliveryID";
    /// Address the email was sent to.
    pub const RECIPIENT_EMAIL: &str = "RecipientEmail";
    /// Template used (email_verification, password_reset, user_invitation).
    pub const TEMPLATE_NAME: &str = "TemplateName";
    /// Subject line as sent.
    pub const SUBJECT: &str = "Subject";
    /// QUEUED, SENT, DELIVERED, BOUNCED or FAILED.
    pub const STATUS: &str = "Status";
    /// Message identifier returned by the email provider.
    pub const PROVIDER_REFERENCE: &str = "ProviderReference";
    /// Send attempts so far.
    pub const ATTEMPT_COUNT: &str = "AttemptCount";
    /// Last error from the provider, for BOUNCED and FAILED.
    pub const ERROR_MESSAGE: &str = "ErrorMessage";
    /// Recipient user, if any (not a foreign key).
    pub const USER_ID: &str = "UserID";
    /// When the provider accepted the email (UTC).
    pub const SENT_DATE: &str = "SentDate";
    /// When the provider reported delivery (UTC).
    pub const DELIVERED_DATE: &str = "DeliveredDate";
    /// When the email was queued (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}

::gen_runtime::table_meta!(
    EmailDelivery = "log"."EmailDelivery";
    columns[
        EMAIL_DELIVERY_ID("bigint").identity(),
        RECIPIENT_EMAIL("nvarchar(255)"),
        TEMPLATE_NAME("varchar(100)"),
        SUBJECT("nvarchar(500)"),
        STATUS("varchar(20)").default("'QUEUED'"),
        PROVIDER_REFERENCE("nvarchar(200)").null(),
        ATTEMPT_COUNT("tinyint").default("0"),
        ERROR_MESSAGE("nvarchar(max)").null(),
        USER_ID("bigint").null(),
        SENT_DATE("datetime2(7)").null(),
        DELIVERED_DATE("datetime2(7)").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_EmailDelivery"("EmailDeliveryID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_EmailDelivery_RecipientEmail"("RecipientEmail"),
        "IX_EmailDelivery_Status_CreatedDate"("Status", "CreatedDate"),
        "IX_EmailDelivery_UserID"("UserID")
    ];
);

/// A new row of `log.EmailDelivery`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewEmailDelivery {
    /// Address the email was sent to.
    pub recipient_email: ::std::string::String,
    /// Template used (email_verification, password_reset, user_invitation).
    pub template_name: ::std::string::String,
    /// Subject line as sent.
    pub subject: ::std::string::String,
    /// QUEUED, SENT, DELIVERED, BOUNCED or FAILED.
    pub status: ::gen_runtime::Defaulted<crate::log::EmailDeliveryStatus>,
    /// Message identifier returned by the email provider.
    pub provider_reference: ::core::option::Option<::std::string::String>,
    /// Send attempts so far.
    pub attempt_count: ::gen_runtime::Defaulted<u8>,
    /// Last error from the provider, for BOUNCED and FAILED.
    pub error_message: ::core::option::Option<::std::string::String>,
    /// Recipient user, if any (not a foreign key).
    pub user_id: ::core::option::Option<i64>,
    /// When the provider accepted the email (UTC).
    pub sent_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the provider reported delivery (UTC).
    pub delivered_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the email was queued (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    EmailDelivery, NewEmailDelivery;
    email_delivery_id = get(0, EMAIL_DELIVERY_ID),
    recipient_email = get(1, RECIPIENT_EMAIL),
    template_name = get(2, TEMPLATE_NAME),
    subject = get(3, SUBJECT),
    status = value_enum(4, STATUS),
    provider_reference = opt(5, PROVIDER_REFERENCE),
    attempt_count = get(6, ATTEMPT_COUNT),
    error_message = opt(7, ERROR_MESSAGE),
    user_id = opt(8, USER_ID),
    sent_date = opt(9, SENT_DATE),
    delivered_date = opt(10, DELIVERED_DATE),
    created_date = get(11, CREATED_DATE);
    recipient_email,
    template_name,
    subject,
    status,
    provider_reference,
    attempt_count,
    error_message,
    user_id,
    sent_date,
    delivered_date,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewEmailDelivery;
    recipient_email: ::std::string::String,
    template_name: ::std::string::String,
    subject: ::std::string::String;
    provider_reference,
    error_message,
    user_id,
    sent_date,
    delivered_date;
    status,
    attempt_count,
    created_date
);

/// The values of `log.EmailDelivery.Status`, from its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EmailDeliveryStatus {
    /// `QUEUED`.
    Queued,
    /// `SENT`.
    Sent,
    /// `DELIVERED`.
    Delivered,
    /// `BOUNCED`.
    Bounced,
    /// `FAILED`.
    Failed,
}

::gen_runtime::value_enum!(
    EmailDeliveryStatus, "log.EmailDelivery.Status";
    Queued = "QUEUED",
    Sent = "SENT",
    Delivered = "DELIVERED",
    Bounced = "BOUNCED",
    Failed = "FAILED"
);
