//! The schema a statement is checked against, as plain data: the generated macro crate holds
//! it in `static`s (nothing is parsed when the compiler loads the macro), `gen check-sql`
//! borrows it from the schema model it loaded.

/// Tables and the objects the schema deliberately does not model.
#[derive(Debug, Clone, Copy)]
pub struct Schema<'a> {
    /// Every table, in schema order.
    pub tables: &'a [TableDef<'a>],
    /// Objects statements may name that the schema does not describe (views, tables the
    /// schema's filter excludes, system catalogs): `schema.name` patterns where `*` matches
    /// any run of characters, compared case-insensitively. Their columns are not checked and
    /// have no known type.
    pub unmodelled: &'a [&'a str],
}

/// One table.
#[derive(Debug, Clone, Copy)]
pub struct TableDef<'a> {
    /// The database schema (`dbo`).
    pub schema: &'a str,
    /// The table's SQL name (`User`).
    pub name: &'a str,
    /// Columns in ordinal order.
    pub columns: &'a [ColumnDef<'a>],
}

/// One column.
#[derive(Debug, Clone, Copy)]
pub struct ColumnDef<'a> {
    /// SQL name (`IsEmailVerified`).
    pub name: &'a str,
    /// The Rust field name the generated struct gives it (`is_email_verified`).
    pub field: &'a str,
    /// The value's type.
    pub ty: ValueType<'a>,
    /// Whether NULL is allowed.
    pub nullable: bool,
    /// Whether an INSERT may leave it out (identity, database default, or nullable).
    pub optional_on_insert: bool,
    /// Whether the database fills it (an identity): on SQL Server an INSERT without a column
    /// list leaves it out.
    pub auto: bool,
}

/// What a value is: its kind (for comparing parameters and columns) and the Rust type
/// generated code reads it as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueType<'a> {
    /// The kind of value.
    pub kind: Kind,
    /// The Rust type, as an absolute path; `crate::` paths are the generated crate's
    /// (reference enums).
    pub rust: &'a str,
    /// Whether the Rust type is a reference enum read from an integer ID.
    pub reference: bool,
}

/// Kinds of values, as far as binding and decoding tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `bigint`.
    BigInt,
    /// `int`.
    Int,
    /// `smallint`.
    SmallInt,
    /// `tinyint`.
    TinyInt,
    /// `bit` / `boolean`.
    Bool,
    /// `decimal`, `numeric`, `money`.
    Decimal,
    /// `float` / `double precision`.
    Float,
    /// `real`.
    Real,
    /// Character types.
    Text,
    /// `datetime2`, `datetime`, `timestamp`.
    DateTime,
    /// `date`.
    Date,
    /// `time`.
    Time,
    /// `datetimeoffset` / `timestamptz`.
    DateTimeOffset,
    /// `uniqueidentifier` / `uuid`.
    Uuid,
    /// Binary types.
    Bytes,
    /// Anything else (a `rust_type:` mapping).
    Other,
}

/// [`ColumnDef::new`] flag: NULL is allowed.
pub const NULLABLE: u8 = 1;
/// [`ColumnDef::new`] flag: an INSERT may leave the column out.
pub const OPTIONAL: u8 = 2;
/// [`ColumnDef::new`] flag: the database fills the column (an identity).
pub const AUTO: u8 = 4;

impl<'a> ColumnDef<'a> {
    /// A column whose Rust type is its kind's ([`Kind::rust`]); `flags` are [`NULLABLE`] and
    /// [`OPTIONAL`] and [`AUTO`]. Short, so that generated schema data stays one line per column.
    pub const fn new(name: &'a str, field: &'a str, kind: Kind, flags: u8) -> Self {
        let rust = match kind.rust() {
            Some(r) => r,
            None => "()",
        };
        Self::typed(name, field, kind, rust, false, flags)
    }

    /// A column with an explicit Rust type: a reference enum (`reference`), or a
    /// `rust_type:` mapping.
    pub const fn typed(
        name: &'a str,
        field: &'a str,
        kind: Kind,
        rust: &'a str,
        reference: bool,
        flags: u8,
    ) -> Self {
        ColumnDef {
            name,
            field,
            ty: ValueType {
                kind,
                rust,
                reference,
            },
            nullable: flags & NULLABLE != 0,
            optional_on_insert: flags & OPTIONAL != 0,
            auto: flags & AUTO != 0,
        }
    }
}

impl Kind {
    /// The Rust type generated code uses for the kind ([`Kind::Other`] has none).
    pub const fn rust(self) -> Option<&'static str> {
        Some(match self {
            Kind::BigInt => "i64",
            Kind::Int => "i32",
            Kind::SmallInt => "i16",
            Kind::TinyInt => "u8",
            Kind::Bool => "bool",
            Kind::Decimal => "::rust_decimal::Decimal",
            Kind::Float => "f64",
            Kind::Real => "f32",
            Kind::Text => "::std::string::String",
            Kind::DateTime => "::chrono::NaiveDateTime",
            Kind::Date => "::chrono::NaiveDate",
            Kind::Time => "::chrono::NaiveTime",
            Kind::DateTimeOffset => "::chrono::DateTime<::chrono::FixedOffset>",
            Kind::Uuid => "::uuid::Uuid",
            Kind::Bytes => "::std::vec::Vec<u8>",
            Kind::Other => return None,
        })
    }

    /// The value type of a plain (non-enum) value of this kind.
    pub fn plain(self) -> Option<ValueType<'static>> {
        Some(ValueType {
            kind: self,
            rust: self.rust()?,
            reference: false,
        })
    }

    /// The kind of a SQL type name in either dialect (`nvarchar(255)`, `int4`, `timestamp with
    /// time zone`); `None` when it is none of the supported types.
    pub fn of_sql(name: &str) -> Option<Kind> {
        let lower = name.trim().to_ascii_lowercase();
        let base = lower.split('(').next().unwrap_or("").trim();
        Some(match base {
            "bigint" | "int8" | "bigserial" => Kind::BigInt,
            "int" | "integer" | "int4" | "serial" => Kind::Int,
            "smallint" | "int2" => Kind::SmallInt,
            "tinyint" => Kind::TinyInt,
            "bit" | "boolean" | "bool" => Kind::Bool,
            "decimal" | "numeric" | "money" | "smallmoney" => Kind::Decimal,
            "float" | "double precision" | "float8" | "double" => Kind::Float,
            "real" | "float4" => Kind::Real,
            "nvarchar" | "varchar" | "nchar" | "char" | "text" | "ntext" | "character varying"
            | "character" | "citext" | "bpchar" | "sysname" => Kind::Text,
            "datetime2"
            | "datetime"
            | "smalldatetime"
            | "timestamp"
            | "timestamp without time zone" => Kind::DateTime,
            "date" => Kind::Date,
            "time" | "time without time zone" => Kind::Time,
            "datetimeoffset" | "timestamptz" | "timestamp with time zone" => Kind::DateTimeOffset,
            "uniqueidentifier" | "uuid" => Kind::Uuid,
            "varbinary" | "binary" | "bytea" | "image" => Kind::Bytes,
            _ => return None,
        })
    }

    /// Whether a value of kind `self` can stand where `other` is expected: the same kind, or
    /// either one unknown ([`Kind::Other`]).
    pub fn binds_as(self, other: Kind) -> bool {
        self == other || self == Kind::Other || other == Kind::Other
    }
}

impl Schema<'_> {
    /// The table `schema.name`, compared case-insensitively.
    pub fn table(&self, schema: &str, name: &str) -> Option<&TableDef<'_>> {
        self.tables
            .iter()
            .find(|t| t.schema.eq_ignore_ascii_case(schema) && t.name.eq_ignore_ascii_case(name))
    }

    /// Whether `schema.name` is on the list of objects the schema does not model.
    pub fn is_unmodelled(&self, schema: &str, name: &str) -> bool {
        let full = format!("{schema}.{name}");
        self.unmodelled.iter().any(|p| glob_match(p, &full))
    }
}

impl<'a> TableDef<'a> {
    /// `schema.name`.
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }

    /// The column named `name`, compared case-insensitively.
    pub fn column(&self, name: &str) -> Option<&ColumnDef<'a>> {
        self.columns
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }
}

/// The objects every schema leaves unmodelled: the system catalogs of both databases.
pub const SYSTEM_OBJECTS: &[&str] = &[
    "sys.*",
    "information_schema.*",
    "pg_catalog.*",
    "INFORMATION_SCHEMA.*",
];

/// Case-insensitive glob with `*` only (SQL Server names compare case-insensitively); the
/// schema filter's patterns and [`Schema::unmodelled`] both match with it.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let t: Vec<char> = text.to_lowercase().chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && p[pi] != '*' && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}
