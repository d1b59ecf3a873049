// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Runtime settings administrators can change without a deployment.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#config-app_setting).
/// References: [`SettingCategoryRow`](crate::ref_::SettingCategoryRow), [`SettingTypeRow`](crate::ref_::SettingTypeRow).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `AppSettingID` | `app_setting_id` | `bigint identity` | no |  |
 | `SettingKey` | `setting_key` | `nvarchar(100)` | no |  |
 | `SettingValue` | `setting_value` | `nvarchar(max)` | no |  |
 | `DefaultValue` | `default_value` | `nvarchar(max)` | yes |  |
 | `SettingCategoryID` | `setting_category_id` | `int` | no |  |
 | `SettingTypeID` | `setting_type_id` | `int` | no |  |
 | `Description` | `description` | `nvarchar(500)` | yes |  |
 | `IsEditable` | `is_editable` | `bit` | no | `true` |
 | `IsSensitive` | `is_sensitive` | `bit` | no | `false` |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_AppSetting` (`AppSettingID`)
 - unique `UQ_AppSetting_SettingKey` (`SettingKey`)
 - foreign key `FK_AppSetting_SettingCategory` (`SettingCategoryID`) → `ref.SettingCategory` (`SettingCategoryID`)
 - foreign key `FK_AppSetting_SettingType` (`SettingTypeID`) → `ref.SettingType` (`SettingTypeID`)
 - index `IX_AppSetting_SettingCategoryID` (`SettingCategoryID`)
 - index `IX_AppSetting_SettingTypeID` (`SettingTypeID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct AppSetting {
    /// Surrogate key of the setting.
    pub app_setting_id: i64,
    /// Dotted key services look the setting up by (auth.refresh_token_days); unique.
    pub setting_key: ::std::string::String,
    /// Current value as text, parsed according to SettingTypeID.
    pub setting_value: ::std::string::String,
    /// Value restored by a reset to default.
    pub default_value: ::core::option::Option<::std::string::String>,
    /// Group on the settings screen (ref.SettingCategory).
    pub setting_category_id: crate::ref_::SettingCategory,
    /// How the value is parsed and validated (ref.SettingType).
    pub setting_type_id: crate::ref_::SettingType,
    /// What the setting controls, shown to administrators.
    pub description: ::core::option::Option<::std::string::String>,
    /// Whether administrators may change it in the user interface.
    pub is_editable: bool,
    /// Whether the value is secret: masked on screen and never logged.
    pub is_sensitive: bool,
    /// Position within its category, ascending.
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

/// Column names of `config.AppSetting`, for SQL text.
pub mod columns {
    /// Surrogate key of the setting.
    pub const APP_SETTING_ID: &str = "AppSettingID";
    /// Dotted key services look the setting up by (auth.refresh_token_days); unique.
    pub const SETTING_KEY: &str = "SettingKey";
    /// Current value as text, parsed according to SettingTypeID.
    pub const SETTING_VALUE: &str = "SettingValue";
    /// Value restored by a reset to default.
    pub const DEFAULT_VALUE: &str = "DefaultValue";
    /// Group on the settings screen (ref.SettingCategory).
    pub const SETTING_CATEGORY_ID: &str = "SettingCategoryID";
    /// How the value is parsed and validated (ref.SettingType).
    pub const SETTING_TYPE_ID: &str = "SettingTypeID";
    /// What the setting controls, shown to administrators.
    pub const DESCRIPTION: &str = "Description";
    /// Whether administrators may change it in the user interface.
    pub const IS_EDITABLE: &str = "IsEditable";
    /// Whether the value is secret: masked on screen and never logged.
    pub const IS_SENSITIVE: &str = "IsSensitive";
    /// Position within its category, ascending.
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
    AppSetting = "config"."AppSetting";
    columns[
        APP_SETTING_ID("bigint").identity(),
        SETTING_KEY("nvarchar(100)"),
        SETTING_VALUE("nvarchar(max)"),
        DEFAULT_VALUE("nvarchar(max)").null(),
        SETTING_CATEGORY_ID("int"),
        SETTING_TYPE_ID("int"),
        DESCRIPTION("nvarchar(500)").null(),
        IS_EDITABLE("bit").default("true"),
        IS_SENSITIVE("bit").default("false"),
        SORT_ORDER("int").default("0"),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_AppSetting"("AppSettingID")];
    foreign_keys[
        "FK_AppSetting_SettingCategory"("SettingCategoryID") => "ref"."SettingCategory"("SettingCategoryID"),
        "FK_AppSetting_SettingType"("SettingTypeID") => "ref"."SettingType"("SettingTypeID")
    ];
    uniques["UQ_AppSetting_SettingKey"("SettingKey")];
    indexes[
        "IX_AppSetting_SettingCategoryID"("SettingCategoryID"),
        "IX_AppSetting_SettingTypeID"("SettingTypeID")
    ];
);

/// A new row of `config.AppSetting`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewAppSetting {
    /// Dotted key services look the setting up by (auth.refresh_token_days); unique.
    pub setting_key: ::std::string::String,
    /// Current value as text, parsed according to SettingTypeID.
    pub setting_value: ::std::string::String,
    /// Value restored by a reset to default.
    pub default_value: ::core::option::Option<::std::string::String>,
    /// Group on the settings screen (ref.SettingCategory).
    pub setting_category_id: crate::ref_::SettingCategory,
    /// How the value is parsed and validated (ref.SettingType).
    pub setting_type_id: crate::ref_::SettingType,
    /// What the setting controls, shown to administrators.
    pub description: ::core::option::Option<::std::string::String>,
    /// Whether administrators may change it in the user interface.
    pub is_editable: ::gen_runtime::Defaulted<bool>,
    /// Whether the value is secret: masked on screen and never logged.
    pub is_sensitive: ::gen_runtime::Defaulted<bool>,
    /// Position within its category, ascending.
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
    AppSetting, NewAppSetting;
    app_setting_id = get(0, APP_SETTING_ID),
    setting_key = get(1, SETTING_KEY),
    setting_value = get(2, SETTING_VALUE),
    default_value = opt(3, DEFAULT_VALUE),
    setting_category_id = reference(4, SETTING_CATEGORY_ID),
    setting_type_id = reference(5, SETTING_TYPE_ID),
    description = opt(6, DESCRIPTION),
    is_editable = get(7, IS_EDITABLE),
    is_sensitive = get(8, IS_SENSITIVE),
    sort_order = get(9, SORT_ORDER),
    created_date = get(10, CREATED_DATE),
    created_by = opt(11, CREATED_BY),
    updated_date = get(12, UPDATED_DATE),
    updated_by = opt(13, UPDATED_BY),
    is_deleted = get(14, IS_DELETED),
    deleted_date = opt(15, DELETED_DATE),
    deleted_by = opt(16, DELETED_BY);
    setting_key,
    setting_value,
    default_value,
    setting_category_id,
    setting_type_id,
    description,
    is_editable,
    is_sensitive,
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
    NewAppSetting;
    setting_key: ::std::string::String,
    setting_value: ::std::string::String,
    setting_category_id: crate::ref_::SettingCategory,
    setting_type_id: crate::ref_::SettingType;
    default_value,
    description,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    is_editable,
    is_sensitive,
    sort_order,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    AppSetting[0] => crate::ref_::SettingCategoryRow;
    setting_category,
    " The live `ref.SettingCategory` row that `SettingCategoryID` references (FK_AppSetting_SettingCategory); `None` when the key is NULL or the row is gone or soft-deleted.";
    setting_category_sql,
    " The SQL behind `setting_category`: selects the `ref.SettingCategory` row that `SettingCategoryID` of `config.AppSetting` references (foreign key FK_AppSetting_SettingCategory); its parameters are the key's columns.";
    app_settings,
    " The live `config.AppSetting` rows whose `SettingCategoryID` references this row (FK_AppSetting_SettingCategory).";
    app_settings_sql,
    " The SQL behind `app_settings`: selects the `config.AppSetting` rows whose `SettingCategoryID` references a `ref.SettingCategory` row (foreign key FK_AppSetting_SettingCategory); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    AppSetting[1] => crate::ref_::SettingTypeRow;
    setting_type,
    " The live `ref.SettingType` row that `SettingTypeID` references (FK_AppSetting_SettingType); `None` when the key is NULL or the row is gone or soft-deleted.";
    setting_type_sql,
    " The SQL behind `setting_type`: selects the `ref.SettingType` row that `SettingTypeID` of `config.AppSetting` references (foreign key FK_AppSetting_SettingType); its parameters are the key's columns.";
    app_settings,
    " The live `config.AppSetting` rows whose `SettingTypeID` references this row (FK_AppSetting_SettingType).";
    app_settings_sql,
    " The SQL behind `app_settings`: selects the `config.AppSetting` rows whose `SettingTypeID` references a `ref.SettingType` row (foreign key FK_AppSetting_SettingType); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    AppSetting;
    by_setting_key = unique(0; setting_key: &str),
    " The `config.AppSetting` row whose `SettingKey` equals the argument (UQ_AppSetting_SettingKey). Live rows only unless `.including_deleted()`.";
    for_setting_category = foreign_key(0; setting_category_id: crate::ref_::SettingCategory),
    " The `config.AppSetting` rows whose `SettingCategoryID` equals the argument (FK_AppSetting_SettingCategory). Live rows only unless `.including_deleted()`.";
    for_setting_type = foreign_key(1; setting_type_id: crate::ref_::SettingType),
    " The `config.AppSetting` rows whose `SettingTypeID` equals the argument (FK_AppSetting_SettingType). Live rows only unless `.including_deleted()`."
);
