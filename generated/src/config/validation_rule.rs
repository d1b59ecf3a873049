// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Field validation rules applied by the API and the web client alike.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#config-validation_rule).
/// References: [`RuleTypeRow`](crate::ref_::RuleTypeRow), [`CountryRow`](crate::ref_::CountryRow).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `ValidationRuleID` | `validation_rule_id` | `bigint identity` | no |  |
 | `RuleName` | `rule_name` | `nvarchar(100)` | no |  |
 | `RuleTypeID` | `rule_type_id` | `int` | no |  |
 | `FieldName` | `field_name` | `nvarchar(100)` | no |  |
 | `CountryID` | `country_id` | `int` | yes |  |
 | `RuleValue` | `rule_value` | `nvarchar(1000)` | yes |  |
 | `ErrorMessage` | `error_message` | `nvarchar(500)` | no |  |
 | `IsActive` | `is_active` | `bit` | no | `true` |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_ValidationRule` (`ValidationRuleID`)
 - unique `UQ_ValidationRule_RuleName` (`RuleName`)
 - foreign key `FK_ValidationRule_RuleType` (`RuleTypeID`) → `ref.RuleType` (`RuleTypeID`)
 - foreign key `FK_ValidationRule_Country` (`CountryID`) → `ref.Country` (`CountryID`)
 - index `IX_ValidationRule_FieldName` (`FieldName`)
 - index `IX_ValidationRule_RuleTypeID` (`RuleTypeID`)
 - index `IX_ValidationRule_CountryID` (`CountryID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationRule {
    /// Surrogate key of the rule.
    pub validation_rule_id: i64,
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
    /// Whether the rule is enforced.
    pub is_active: bool,
    /// Order in which rules for one field run, ascending.
    pub sort_order: i32,
    /// When the row was created (UTC).
    pub created_date: ::chrono::NaiveDateTime,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub created_by: ::core::option::Option<i64>,
    /// When the row was last updated (UTC).
    pub updated_date: ::chrono::NaiveDateTime,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub updated_by: ::core::option::Option<i64>,
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    pub is_deleted: bool,
    /// When the row was soft-deleted (UTC); NULL while live.
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
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

::gen_runtime::table_meta!(
    ValidationRule = "config"."ValidationRule";
    columns[
        VALIDATION_RULE_ID("bigint").identity(),
        RULE_NAME("nvarchar(100)"),
        RULE_TYPE_ID("int"),
        FIELD_NAME("nvarchar(100)"),
        COUNTRY_ID("int").null(),
        RULE_VALUE("nvarchar(1000)").null(),
        ERROR_MESSAGE("nvarchar(500)"),
        IS_ACTIVE("bit").default("true"),
        SORT_ORDER("int").default("0"),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_ValidationRule"("ValidationRuleID")];
    foreign_keys[
        "FK_ValidationRule_RuleType"("RuleTypeID") => "ref"."RuleType"("RuleTypeID"),
        "FK_ValidationRule_Country"("CountryID") => "ref"."Country"("CountryID")
    ];
    uniques["UQ_ValidationRule_RuleName"("RuleName")];
    indexes[
        "IX_ValidationRule_FieldName"("FieldName"),
        "IX_ValidationRule_RuleTypeID"("RuleTypeID"),
        "IX_ValidationRule_CountryID"("CountryID")
    ];
);

/// A new row of `config.ValidationRule`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
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
    /// Whether the rule is enforced.
    pub is_active: ::gen_runtime::Defaulted<bool>,
    /// Order in which rules for one field run, ascending.
    pub sort_order: ::gen_runtime::Defaulted<i32>,
    /// When the row was created (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub created_by: ::core::option::Option<i64>,
    /// When the row was last updated (UTC).
    pub updated_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub updated_by: ::core::option::Option<i64>,
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    pub is_deleted: ::gen_runtime::Defaulted<bool>,
    /// When the row was soft-deleted (UTC); NULL while live.
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    pub deleted_by: ::core::option::Option<i64>,
}

::gen_runtime::record!(
    ValidationRule, NewValidationRule;
    validation_rule_id = get(0, VALIDATION_RULE_ID),
    rule_name = get(1, RULE_NAME),
    rule_type_id = reference(2, RULE_TYPE_ID),
    field_name = get(3, FIELD_NAME),
    country_id = reference_opt(4, COUNTRY_ID),
    rule_value = opt(5, RULE_VALUE),
    error_message = get(6, ERROR_MESSAGE),
    is_active = get(7, IS_ACTIVE),
    sort_order = get(8, SORT_ORDER),
    created_date = get(9, CREATED_DATE),
    created_by = opt(10, CREATED_BY),
    updated_date = get(11, UPDATED_DATE),
    updated_by = opt(12, UPDATED_BY),
    is_deleted = get(13, IS_DELETED),
    deleted_date = opt(14, DELETED_DATE),
    deleted_by = opt(15, DELETED_BY);
    rule_name,
    rule_type_id,
    field_name,
    country_id,
    rule_value,
    error_message,
    is_active,
    sort_order,
    created_date,
    created_by,
    updated_date,
    updated_by,
    is_deleted,
    deleted_date,
    deleted_by
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewValidationRule;
    rule_name: ::std::string::String,
    rule_type_id: crate::ref_::RuleType,
    field_name: ::std::string::String,
    error_message: ::std::string::String;
    country_id,
    rule_value,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    is_active,
    sort_order,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    ValidationRule[0] => crate::ref_::RuleTypeRow;
    rule_type,
    " The live `ref.RuleType` row that `RuleTypeID` references (FK_ValidationRule_RuleType); `None` when the key is NULL or the row is gone or soft-deleted.";
    rule_type_sql,
    " The SQL behind `rule_type`: selects the `ref.RuleType` row that `RuleTypeID` of `config.ValidationRule` references (foreign key FK_ValidationRule_RuleType); its parameters are the key's columns.";
    validation_rules,
    " The live `config.ValidationRule` rows whose `RuleTypeID` references this row (FK_ValidationRule_RuleType).";
    validation_rules_sql,
    " The SQL behind `validation_rules`: selects the `config.ValidationRule` rows whose `RuleTypeID` references a `ref.RuleType` row (foreign key FK_ValidationRule_RuleType); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    ValidationRule[1] => crate::ref_::CountryRow;
    country,
    " The live `ref.Country` row that `CountryID` references (FK_ValidationRule_Country); `None` when the key is NULL or the row is gone or soft-deleted.";
    country_sql,
    " The SQL behind `country`: selects the `ref.Country` row that `CountryID` of `config.ValidationRule` references (foreign key FK_ValidationRule_Country); its parameters are the key's columns.";
    validation_rules,
    " The live `config.ValidationRule` rows whose `CountryID` references this row (FK_ValidationRule_Country).";
    validation_rules_sql,
    " The SQL behind `validation_rules`: selects the `config.ValidationRule` rows whose `CountryID` references a `ref.Country` row (foreign key FK_ValidationRule_Country); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    ValidationRule;
    by_rule_name = unique(0; rule_name: &str),
    " The `config.ValidationRule` row whose `RuleName` equals the argument (UQ_ValidationRule_RuleName). Live rows only unless `.including_deleted()`.";
    for_rule_type = foreign_key(0; rule_type_id: crate::ref_::RuleType),
    " The `config.ValidationRule` rows whose `RuleTypeID` equals the argument (FK_ValidationRule_RuleType). Live rows only unless `.including_deleted()`.";
    for_country = foreign_key(1; country_id: crate::ref_::Country),
    " The `config.ValidationRule` rows whose `CountryID` equals the argument (FK_ValidationRule_Country). Live rows only unless `.including_deleted()`."
);
