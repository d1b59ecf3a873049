// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Every email the platform sends and what became of it.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-email_delivery).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct EmailDelivery {
    /// Surrogate key of the delivery record.
    #[cfg_attr(feature = "serde", serde(rename = "EmailDeliveryID"))]
    pub email_delivery_id: i64,
    /// Address the email was sent to.
    #[cfg_attr(feature = "serde", serde(rename = "RecipientEmail"))]
    pub recipient_email: ::std::string::String,
    /// Template used (email_verification, password_reset, user_invitation).
    #[cfg_attr(feature = "serde", serde(rename = "TemplateName"))]
    pub template_name: ::std::string::String,
    /// Subject line as sent.
    #[cfg_attr(feature = "serde", serde(rename = "Subject"))]
    pub subject: ::std::string::String,
    /// QUEUED, SENT, DELIVERED, BOUNCED or FAILED.
    #[cfg_attr(feature = "serde", serde(rename = "Status"))]
    pub status: ::std::string::String,
    /// Message identifier returned by the email provider.
    #[cfg_attr(feature = "serde", serde(rename = "ProviderReference"))]
    pub provider_reference: ::core::option::Option<::std::string::String>,
    /// Send attempts so far.
    #[cfg_attr(feature = "serde", serde(rename = "AttemptCount"))]
    pub attempt_count: u8,
    /// Last error from the provider, for BOUNCED and FAILED.
    #[cfg_attr(feature = "serde", serde(rename = "ErrorMessage"))]
    pub error_message: ::core::option::Option<::std::string::String>,
    /// Recipient user, if any (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: ::core::option::Option<i64>,
    /// When the provider accepted the email (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "SentDate"))]
    pub sent_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the provider reported delivery (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "DeliveredDate"))]
    pub delivered_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the email was queued (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
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
impl ::gen_runtime::Table for EmailDelivery {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "log",
        name: "EmailDelivery",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::EMAIL_DELIVERY_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::RECIPIENT_EMAIL,
                "nvarchar(255)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::TEMPLATE_NAME,
                "varchar(100)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SUBJECT,
                "nvarchar(500)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::STATUS,
                "varchar(20)",
                false,
                false,
                Some("'QUEUED'"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PROVIDER_REFERENCE,
                "nvarchar(200)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ATTEMPT_COUNT,
                "tinyint",
                false,
                false,
                Some("0"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ERROR_MESSAGE,
                "nvarchar(max)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_ID,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SENT_DATE,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DELIVERED_DATE,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CREATED_DATE,
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
        ],
        primary_key_name: "PK_EmailDelivery",
        primary_key: &["EmailDeliveryID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_EmailDelivery_RecipientEmail",
                columns: &["RecipientEmail"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_EmailDelivery_Status_CreatedDate",
                columns: &["Status", "CreatedDate"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_EmailDelivery_UserID",
                columns: &["UserID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `log.EmailDelivery`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewEmailDelivery {
    /// Address the email was sent to.
    pub recipient_email: ::std::string::String,
    /// Template used (email_verification, password_reset, user_invitation).
    pub template_name: ::std::string::String,
    /// Subject line as sent.
    pub subject: ::std::string::String,
    /// Message identifier returned by the email provider.
    pub provider_reference: ::core::option::Option<::std::string::String>,
    /// Last error from the provider, for BOUNCED and FAILED.
    pub error_message: ::core::option::Option<::std::string::String>,
    /// Recipient user, if any (not a foreign key).
    pub user_id: ::core::option::Option<i64>,
    /// When the provider accepted the email (UTC).
    pub sent_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the provider reported delivery (UTC).
    pub delivered_date: ::core::option::Option<::chrono::NaiveDateTime>,
}
::gen_runtime::record!(
    EmailDelivery, NewEmailDelivery; get email_delivery_id, get recipient_email, get
    template_name, get subject, get status, opt provider_reference, get attempt_count,
    opt error_message, opt user_id, opt sent_date, opt delivered_date, get created_date,;
    recipient_email, template_name, subject, provider_reference, error_message, user_id,
    sent_date, delivered_date,
);
