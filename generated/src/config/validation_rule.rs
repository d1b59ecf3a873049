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
impl ::gen_runtime::Record for ValidationRule {
    fn decode<R: ::gen_runtime::RowReader>(
        r: &mut R,
    ) -> ::core::result::Result<Self, ::gen_runtime::DecodeError> {
        ::core::result::Result::Ok(Self {
            validation_rule_id: r.get()?,
            rule_name: r.get()?,
            rule_type_id: r.reference()?,
            field_name: r.get()?,
            country_id: r.reference_opt()?,
            rule_value: r.opt()?,
            error_message: r.get()?,
            is_active: r.get()?,
            sort_order: r.get()?,
            created_date: r.get()?,
            created_by: r.opt()?,
            updated_date: r.get()?,
            updated_by: r.opt()?,
            is_deleted: r.get()?,
            deleted_date: r.opt()?,
            deleted_by: r.opt()?,
        })
    }
    fn values(&self) -> ::std::vec::Vec<::gen_runtime::SqlValue> {
        ::std::vec![
            ::gen_runtime::ToValue::to_value(& self.validation_rule_id),
            ::gen_runtime::ToValue::to_value(& self.rule_name),
            ::gen_runtime::ToValue::to_value(& self.rule_type_id),
            ::gen_runtime::ToValue::to_value(& self.field_name),
            ::gen_runtime::ToValue::to_value(& self.country_id),
            ::gen_runtime::ToValue::to_value(& self.rule_value),
            ::gen_runtime::ToValue::to_value(& self.error_message),
            ::gen_runtime::ToValue::to_value(& self.is_active),
            ::gen_runtime::ToValue::to_value(& self.sort_order),
            ::gen_runtime::ToValue::to_value(& self.created_date),
            ::gen_runtime::ToValue::to_value(& self.created_by),
            ::gen_runtime::ToValue::to_value(& self.updated_date),
            ::gen_runtime::ToValue::to_value(& self.updated_by),
            ::gen_runtime::ToValue::to_value(& self.is_deleted),
            ::gen_runtime::ToValue::to_value(& self.deleted_date),
            ::gen_runtime::ToValue::to_value(& self.deleted_by),
        ]
    }
}
/// A new row of `config.ValidationRule`: every column but identities and database defaults.
#[derive(Debug, Clone, PartialEq)]
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
impl ::gen_runtime::NewRecord for NewValidationRule {
    type Record = ValidationRule;
    fn values(&self) -> ::std::vec::Vec<::gen_runtime::SqlValue> {
        ::std::vec![
            ::gen_runtime::ToValue::to_value(& self.rule_name),
            ::gen_runtime::ToValue::to_value(& self.rule_type_id),
            ::gen_runtime::ToValue::to_value(& self.field_name),
            ::gen_runtime::ToValue::to_value(& self.country_id),
            ::gen_runtime::ToValue::to_value(& self.rule_value),
            ::gen_runtime::ToValue::to_value(& self.error_message),
            ::gen_runtime::ToValue::to_value(& self.created_by),
            ::gen_runtime::ToValue::to_value(& self.updated_by),
            ::gen_runtime::ToValue::to_value(& self.deleted_date),
            ::gen_runtime::ToValue::to_value(& self.deleted_by),
        ]
    }
}
impl ValidationRule {
    /// SQL behind `rule_type`: its parameters are the foreign key's columns, in order.
    pub fn rule_type_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::RuleTypeRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[0])
    }
    /// The live `ref.RuleType` row that `RuleTypeID` references (FK_ValidationRule_RuleType); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn rule_type<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::RuleTypeRow>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[0],
                conn,
            )
            .await
    }
}
impl crate::ref_::RuleTypeRow {
    /// SQL behind `validation_rules`: its parameters are the referenced columns, in order.
    pub fn validation_rules_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::ValidationRule,
        >(dialect, &<self::ValidationRule as ::gen_runtime::Table>::META.foreign_keys[0])
    }
    /// The live `config.ValidationRule` rows whose `RuleTypeID` references this row (FK_ValidationRule_RuleType).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn validation_rules<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::ValidationRule>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::ValidationRule as ::gen_runtime::Table>::META.foreign_keys[0],
                conn,
            )
            .await
    }
}
impl ValidationRule {
    /// SQL behind `country`: its parameters are the foreign key's columns, in order.
    pub fn country_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::CountryRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[1])
    }
    /// The live `ref.Country` row that `CountryID` references (FK_ValidationRule_Country); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn country<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::CountryRow>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[1],
                conn,
            )
            .await
    }
}
impl crate::ref_::CountryRow {
    /// SQL behind `validation_rules`: its parameters are the referenced columns, in order.
    pub fn validation_rules_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::ValidationRule,
        >(dialect, &<self::ValidationRule as ::gen_runtime::Table>::META.foreign_keys[1])
    }
    /// The live `config.ValidationRule` rows whose `CountryID` references this row (FK_ValidationRule_Country).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn validation_rules<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::ValidationRule>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::ValidationRule as ::gen_runtime::Table>::META.foreign_keys[1],
                conn,
            )
            .await
    }
}
