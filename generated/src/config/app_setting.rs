// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Runtime settings administrators can change without a deployment.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#config-app_setting).
/// References: [`SettingCategoryRow`](crate::ref_::SettingCategoryRow), [`SettingTypeRow`](crate::ref_::SettingTypeRow).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct AppSetting {
    /// Surrogate key of the setting.
    #[cfg_attr(feature = "serde", serde(rename = "AppSettingID"))]
    pub app_setting_id: i64,
    /// Dotted key services look the setting up by (auth.refresh_token_days); unique.
    #[cfg_attr(feature = "serde", serde(rename = "SettingKey"))]
    pub setting_key: ::std::string::String,
    /// Current value as text, parsed according to SettingTypeID.
    #[cfg_attr(feature = "serde", serde(rename = "SettingValue"))]
    pub setting_value: ::std::string::String,
    /// Value restored by a reset to default.
    #[cfg_attr(feature = "serde", serde(rename = "DefaultValue"))]
    pub default_value: ::core::option::Option<::std::string::String>,
    /// Group on the settings screen (ref.SettingCategory).
    #[cfg_attr(feature = "serde", serde(rename = "SettingCategoryID"))]
    pub setting_category_id: crate::ref_::SettingCategory,
    /// How the value is parsed and validated (ref.SettingType).
    #[cfg_attr(feature = "serde", serde(rename = "SettingTypeID"))]
    pub setting_type_id: crate::ref_::SettingType,
    /// What the setting controls, shown to administrators.
    #[cfg_attr(feature = "serde", serde(rename = "Description"))]
    pub description: ::core::option::Option<::std::string::String>,
    /// Whether administrators may change it in the user interface.
    #[cfg_attr(feature = "serde", serde(rename = "IsEditable"))]
    pub is_editable: bool,
    /// Whether the value is secret: masked on screen and never logged.
    #[cfg_attr(feature = "serde", serde(rename = "IsSensitive"))]
    pub is_sensitive: bool,
    /// Position within its category, ascending.
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
impl ::gen_runtime::Table for AppSetting {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "config",
        name: "AppSetting",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::APP_SETTING_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SETTING_KEY,
                "nvarchar(100)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SETTING_VALUE,
                "nvarchar(max)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DEFAULT_VALUE,
                "nvarchar(max)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SETTING_CATEGORY_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SETTING_TYPE_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DESCRIPTION,
                "nvarchar(500)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_EDITABLE,
                "bit",
                false,
                false,
                Some("true"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_SENSITIVE,
                "bit",
                false,
                false,
                Some("false"),
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
        primary_key_name: "PK_AppSetting",
        primary_key: &["AppSettingID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_AppSetting_SettingCategory",
                columns: &["SettingCategoryID"],
                ref_schema: "ref",
                ref_table: "SettingCategory",
                ref_columns: &["SettingCategoryID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_AppSetting_SettingType",
                columns: &["SettingTypeID"],
                ref_schema: "ref",
                ref_table: "SettingType",
                ref_columns: &["SettingTypeID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_AppSetting_SettingKey",
                columns: &["SettingKey"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_AppSetting_SettingCategoryID",
                columns: &["SettingCategoryID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_AppSetting_SettingTypeID",
                columns: &["SettingTypeID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `config.AppSetting`: every column but identities and database defaults.
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
    AppSetting, NewAppSetting; get app_setting_id, get setting_key, get setting_value,
    opt default_value, reference setting_category_id, reference setting_type_id, opt
    description, get is_editable, get is_sensitive, get sort_order, get created_date, opt
    created_by, get updated_date, opt updated_by, get is_deleted, opt deleted_date, opt
    deleted_by,; setting_key, setting_value, default_value, setting_category_id,
    setting_type_id, description, created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    AppSetting[0] => crate ::ref_::SettingCategoryRow; setting_category,
    setting_category_sql,
    " The live `ref.SettingCategory` row that `SettingCategoryID` references (FK_AppSetting_SettingCategory); `None` when the key is NULL or the row is gone or soft-deleted.";
    app_settings, app_settings_sql,
    " The live `config.AppSetting` rows whose `SettingCategoryID` references this row (FK_AppSetting_SettingCategory)."
);
::gen_runtime::navigation!(
    AppSetting[1] => crate ::ref_::SettingTypeRow; setting_type, setting_type_sql,
    " The live `ref.SettingType` row that `SettingTypeID` references (FK_AppSetting_SettingType); `None` when the key is NULL or the row is gone or soft-deleted.";
    app_settings, app_settings_sql,
    " The live `config.AppSetting` rows whose `SettingTypeID` references this row (FK_AppSetting_SettingType)."
);
