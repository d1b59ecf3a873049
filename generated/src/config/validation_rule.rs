// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Field validation rules applied by the API and the web client alike.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#config-validation_rule).
/// References: [`RuleTypeRow`](crate::ref_::RuleTypeRow), [`CountryRow`](crate::ref_::CountryRow).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct ValidationRule {
    /// Surrogate key of the rule.
    #[cfg_attr(feature = "serde", serde(rename = "ValidationRuleID"))]
    pub validation_rule_id: i64,
    /// Unique name of the rule (au_mobile_phone).
    #[cfg_attr(feature = "serde", serde(rename = "RuleName"))]
    pub rule_name: ::std::string::String,
    /// How RuleValue is read (ref.RuleType).
    #[cfg_attr(feature = "serde", serde(rename = "RuleTypeID"))]
    pub rule_type_id: crate::ref_::RuleType,
    /// Logical field the rule applies to (Phone, ABN, Postcode).
    #[cfg_attr(feature = "serde", serde(rename = "FieldName"))]
    pub field_name: ::std::string::String,
    /// Country the rule applies to (ref.Country); NULL for every country.
    #[cfg_attr(feature = "serde", serde(rename = "CountryID"))]
    pub country_id: ::core::option::Option<crate::ref_::Country>,
    /// The pattern, length or range, read according to RuleTypeID.
    #[cfg_attr(feature = "serde", serde(rename = "RuleValue"))]
    pub rule_value: ::core::option::Option<::std::string::String>,
    /// Message shown to the user when the value fails the rule.
    #[cfg_attr(feature = "serde", serde(rename = "ErrorMessage"))]
    pub error_message: ::std::string::String,
    /// Whether the rule is enforced.
    #[cfg_attr(feature = "serde", serde(rename = "IsActive"))]
    pub is_active: bool,
    /// Order in which rules for one field run, ascending.
    #[cfg_attr(feature = "serde", serde(rename = "SortOrder"))]
    pub sort_order: i32,
    /// When the row was created (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
    pub created_date: ::chrono::NaiveDateTime,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedBy"))]
    pub created_by: ::core::option::Option<i64>,
    /// When the row was last updated (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "UpdatedDate"))]
    pub updated_date: ::chrono::NaiveDateTime,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "UpdatedBy"))]
    pub updated_by: ::core::option::Option<i64>,
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    #[cfg_attr(feature = "serde", serde(rename = "IsDeleted"))]
    pub is_deleted: bool,
    /// When the row was soft-deleted (UTC); NULL while live.
    #[cfg_attr(feature = "serde", serde(rename = "DeletedDate"))]
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "DeletedBy"))]
    pub deleted_by: ::core::option::Option<i64>,
}
/// Column names of `config.ValidationRule`, for SQL text.
pub mod columns {
    /// Surrogate key of the rule.
    pub const VALIDATION_RULE_ID: &str = "ValidationRuleID";
    /// Unique name of the rule (au_mobile_phone).
    pub const RULE_NAME: &str = "RuleName";
    /// How RuleValue is read (ref.RuleType).
    pub const RULE_TYPE_ID: &str = "RuleTypeID";
    /// Logical field the rule applies to (Phone, ABN, Postcode).
    pub const FIELD_NAME: &str = "FieldName";
    /// Country the rule applies to (ref.Country); NULL for every country.
    pub const COUNTRY_ID: &str = "CountryID";
    /// The pattern, length or range, read according to RuleTypeID.
    pub const RULE_VALUE: &str = "RuleValue";
    /// Message shown to the user when the value fails the rule.
    pub const ERROR_MESSAGE: &str = "ErrorMessage";
    /// Whether the rule is enforced.
    pub const IS_ACTIVE: &str = "IsActive";
    /// Order in which rules for one field run, ascending.
    pub const SORT_ORDER: &str = "SortOrder";
    /// When the row was created (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub const CREATED_BY: &str = "CreatedBy";
    /// When the row was last updated (UTC).
    pub const UPDATED_DATE: &str = "UpdatedDate";
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub const UPDATED_BY: &str = "UpdatedBy";
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    pub const IS_DELETED: &str = "IsDeleted";
    /// When the row was soft-deleted (UTC); NULL while live.
    pub const DELETED_DATE: &str = "DeletedDate";
    /// UserID of who soft-deleted the row (not a foreign key).
    pub const DELETED_BY: &str = "DeletedBy";
}
impl ::gen_runtime::Table for ValidationRule {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "config",
        name: "ValidationRule",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::VALIDATION_RULE_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::RULE_NAME,
                "nvarchar(100)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::RULE_TYPE_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::FIELD_NAME,
                "nvarchar(100)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::COUNTRY_ID,
                "int",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::RULE_VALUE,
                "nvarchar(1000)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ERROR_MESSAGE,
                "nvarchar(500)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_ACTIVE,
                "bit",
                false,
                false,
                Some("true"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SORT_ORDER,
                "int",
                false,
                false,
                Some("0"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CREATED_DATE,
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CREATED_BY,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::UPDATED_DATE,
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::UPDATED_BY,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_DELETED,
                "bit",
                false,
                false,
                Some("false"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DELETED_DATE,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DELETED_BY,
                "bigint",
                true,
                false,
                None,
            ),
        ],
        primary_key_name: "PK_ValidationRule",
        primary_key: &["ValidationRuleID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_ValidationRule_RuleType",
                columns: &["RuleTypeID"],
                ref_schema: "ref",
                ref_table: "RuleType",
                ref_columns: &["RuleTypeID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_ValidationRule_Country",
                columns: &["CountryID"],
                ref_schema: "ref",
                ref_table: "Country",
                ref_columns: &["CountryID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_ValidationRule_RuleName",
                columns: &["RuleName"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_ValidationRule_FieldName",
                columns: &["FieldName"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ValidationRule_RuleTypeID",
                columns: &["RuleTypeID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ValidationRule_CountryID",
                columns: &["CountryID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `config.ValidationRule`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewValidationRule {
    /// Unique name of the rule (au_mobile_phone).
    pub rule_name: ::std::string::String,
    /// How RuleValue is read (ref.RuleType).
    pub rule_type_id: crate::ref_::RuleType,
    /// Logical field the rule applies to (Phone, ABN, Postcode).
    pub field_name: ::std::string::String,
    /// Country the rule applies to (ref.Country); NULL for every country.
    pub country_id: ::core::option::Option<crate::ref_::Country>,
    /// The pattern, length or range, read according to RuleTypeID.
    pub rule_value: ::core::option::Option<::std::string::String>,
    /// Message shown to the user when the value fails the rule.
    pub error_message: ::std::string::String,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub created_by: ::core::option::Option<i64>,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub updated_by: ::core::option::Option<i64>,
    /// When the row was soft-deleted (UTC); NULL while live.
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    pub deleted_by: ::core::option::Option<i64>,
}
::gen_runtime::record!(
    ValidationRule, NewValidationRule; get validation_rule_id, get rule_name, reference
    rule_type_id, get field_name, reference_opt country_id, opt rule_value, get
    error_message, get is_active, get sort_order, get created_date, opt created_by, get
    updated_date, opt updated_by, get is_deleted, opt deleted_date, opt deleted_by,;
    rule_name, rule_type_id, field_name, country_id, rule_value, error_message,
    created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    ValidationRule[0] => crate ::ref_::RuleTypeRow; rule_type, rule_type_sql,
    " The live `ref.RuleType` row that `RuleTypeID` references (FK_ValidationRule_RuleType); `None` when the key is NULL or the row is gone or soft-deleted.";
    validation_rules, validation_rules_sql,
    " The live `config.ValidationRule` rows whose `RuleTypeID` references this row (FK_ValidationRule_RuleType)."
);
::gen_runtime::navigation!(
    ValidationRule[1] => crate ::ref_::CountryRow; country, country_sql,
    " The live `ref.Country` row that `CountryID` references (FK_ValidationRule_Country); `None` when the key is NULL or the row is gone or soft-deleted.";
    validation_rules, validation_rules_sql,
    " The live `config.ValidationRule` rows whose `CountryID` references this row (FK_ValidationRule_Country)."
);
