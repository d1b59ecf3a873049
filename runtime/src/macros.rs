//! The per-table impls generated code would otherwise spell out, as macros: the generator
//! emits one short invocation per table and per foreign key, which `syn` keeps as tokens
//! instead of parsing every expression (rendering 10,000 tables is dominated by that parse),
//! and rustc expands into exactly the hand-written code (decoding stays fully inlined).

/// `impl Record` (decode in column order, values), with a driver feature (`postgres`,
/// `tiberius`) of the invoking crate `impl NewRecord`, and with its `serde` feature
/// `Serialize`/`Deserialize` keyed by SQL column names, for a table:
/// `record!(User, NewUser; user_id = get(0, USER_ID), first_name = opt(1, FIRST_NAME); first_name)`.
/// Each column gives its field, the [`RowReader`](crate::RowReader) method that reads it, its
/// index and its constant in the table's `columns` module (the SQL name, the serde key); the
/// list after `;` is the insert columns, in order. A view has no `New…` struct and no insert
/// list: `record!(ActiveUser; user_id = get(0, USER_ID));`.
///
/// Serde goes through [`serde_code`](crate::serde_code) instead of `#[derive]`: the derive
/// writes a field enum and two visitors per struct, which made the `serde` feature cost
/// gigabytes of rustc memory on large schemas; here a column is one `&dyn Field` to
/// serialise and a slot, a match arm and a take to deserialise.
#[macro_export]
macro_rules! record {
    (
        $ty:ident, $new:ident;
        $($field:ident = $read:ident($idx:literal, $konst:ident)),* $(,)?;
        $($ins:ident),* $(,)?
    ) => {
        $crate::record!($ty; $($field = $read($idx, $konst)),*);

        // The inserts (`NewRecord`) run only with a driver, so they exist only with a driver
        // feature of the invoking crate, as a nested invocation dropped before expansion
        // without one: on 2,000 tables the impl costs a default `cargo check` ~48 MB of rustc
        // memory (docs/benchmarks.md).
        #[cfg(any(feature = "postgres", feature = "tiberius"))]
        $crate::__record_insert!($ty, $new; $($ins),*);
    };
    (
        $ty:ident;
        $($field:ident = $read:ident($idx:literal, $konst:ident)),* $(,)?
        $(;)?
    ) => {
        impl $crate::Record for $ty {
            // A `?` per column: reading every column into a tuple and matching once checked
            // 0.15 GiB cheaper on 2,000 tables but decoded ~15 % slower (the tuple of
            // `Result`s is built, then moved), against a 5 % budget over hand-written code.
            #[inline]
            fn decode<R: $crate::RowReader>(
                r: &mut R,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                ::core::result::Result::Ok(Self { $($field: $crate::RowReader::$read(r)?,)* })
            }

            fn values(&self) -> ::std::vec::Vec<$crate::SqlValue> {
                ::std::vec![$($crate::ToValue::to_value(&self.$field),)*]
            }
        }

        // A nested invocation under `cfg`: without the `serde` feature it is dropped before
        // expansion, so the serde impls cost a default build nothing (not even parsing).
        #[cfg(feature = "serde")]
        $crate::__record_serde!($ty; $($field $idx $konst),*);
    };
}

/// The insert half of [`record!`]: `impl NewRecord` (the insert values in column order).
#[doc(hidden)]
#[macro_export]
macro_rules! __record_insert {
    ($ty:ident, $new:ident; $($ins:ident),*) => {
        impl $crate::NewRecord for $new {
            type Record = $ty;

            fn values(&self) -> ::std::vec::Vec<::core::option::Option<$crate::SqlValue>> {
                ::std::vec![$($crate::InsertValue::insert_value(&self.$ins),)*]
            }
        }
    };
}

/// The serde half of [`record!`]: `Serialize` and `Deserialize` keyed by SQL column names.
#[doc(hidden)]
#[macro_export]
macro_rules! __record_serde {
    ($ty:ident; $($field:ident $idx:literal $konst:ident),*) => {
        impl $crate::serde_code::serde::Serialize for $ty {
            fn serialize<S: $crate::serde_code::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::serde_code::serialize_struct(
                    serializer,
                    ::core::stringify!($ty),
                    <Self as $crate::serde_code::Fields<'_>>::FIELDS,
                    &[$(&self.$field),*],
                )
            }
        }

        impl<'de> $crate::serde_code::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::serde_code::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::serde_code::deserialize_struct(deserializer)
            }
        }

        impl<'de> $crate::serde_code::Fields<'de> for $ty {
            const NAME: &'static str = ::core::stringify!($ty);
            const FIELDS: &'static [&'static str] = &[$(columns::$konst),*];

            // The last arm of the final `match` is unreachable for a table without columns.
            #[allow(unreachable_patterns)]
            fn visit<A: $crate::serde_code::Entries<'de>>(
                mut e: A,
            ) -> ::core::result::Result<Self, A::Error> {
                $(let mut $field = ::core::option::Option::None;)*
                while let ::core::option::Option::Some(i) = e.next_field()? {
                    match i {
                        $($idx => e.store(&mut $field),)*
                        _ => {}
                    }
                }
                // One `match` over every field rather than a `?` per field (an early return
                // out of a half-built struct each): cheaper for rustc to check. Deserialising
                // is not the hot path decoding is, so the tuple of `Result`s costs nothing
                // that matters.
                match ($(e.take($field, $idx),)*) {
                    ($(::core::result::Result::Ok($field),)*) => {
                        ::core::result::Result::Ok(Self { $($field,)* })
                    }
                    ($($field,)*) => ::core::result::Result::Err($crate::serde_code::first_error([
                        $(::core::result::Result::err($field),)*
                    ])),
                }
            }
        }
    };
}

/// `impl Table` for a table struct: its metadata as a `const`, one short entry per column;
/// `impl Keyed` when it has a primary key.
///
/// ```text
/// table_meta!(
///     User = "dbo"."User";
///     columns[USER_ID("bigint").identity(), FIRST_NAME("nvarchar(100)").null(),
///         CREATED_DATE("datetime2(7)").default("GETUTCDATE()")];
///     primary_key["PK_User"("UserID")];
///     foreign_keys["FK_User_UserStatus"("StatusID") => "ref"."UserStatus"("UserStatusID")];
///     uniques["UQ_User_Email"("Email")];
///     indexes["IX_User_StatusID"("StatusID"), "UX_User_Phone"("Phone").unique()];
/// );
/// ```
/// A column names its constant in the table's `columns` module (its SQL name) and its SQL
/// type, then the [`ColumnMeta`](crate::ColumnMeta) flags that apply (`null()`,
/// `identity()`, `default("…")`): const fn calls, not a helper macro per column, since
/// 24,000 nested macro expansions cost a 2,000-table crate more rustc memory than the const
/// calls. Keys and indexes are a name and columns (SQL names); a table without a primary key
/// has `primary_key[]`, and a view is `ActiveUser = view "dbo"."ActiveUser";` (no keys). The
/// generator emits this instead of the spelled-out
/// `TableMeta { … }` expression because `syn` keeps a macro's input as tokens (parsing those
/// expressions dominated `gen models`) and the invocation is about a tenth of the lines.
#[macro_export]
macro_rules! table_meta {
    (@kind) => { $crate::TableKind::Table };
    (@kind view) => { $crate::TableKind::View };
    (@key) => { ::core::option::Option::None };
    (@key $name:literal ($($column:literal),*)) => {
        ::core::option::Option::Some($crate::PrimaryKeyMeta { name: $name, columns: &[$($column,)*] })
    };
    (@keyed $ty:ident $name:literal) => {
        impl $crate::Keyed for $ty {}
    };
    (
        $ty:ident = $($view:ident)? $schema:literal . $name:literal;
        columns[$($col:ident ($sql_type:literal) $(.$flag:ident($($arg:literal)?))*),* $(,)?];
        primary_key[$($pk_name:literal ($($pk:literal),* $(,)?))?];
        foreign_keys[$(
            $fk:literal ($($fk_col:literal),* $(,)?)
                => $ref_schema:literal . $ref_table:literal ($($ref_col:literal),* $(,)?)
        ),* $(,)?];
        uniques[$($uq:literal ($($uq_col:literal),* $(,)?)),* $(,)?];
        indexes[$($ix:literal ($($ix_col:literal),* $(,)?) $(.$unique:ident())?),* $(,)?] $(;)?
    ) => {
        impl $crate::Table for $ty {
            const META: &'static $crate::TableMeta = &$crate::TableMeta {
                schema: $schema,
                name: $name,
                kind: $crate::table_meta!(@kind $($view)?),
                columns: &[$(
                    $crate::ColumnMeta::named(columns::$col, $sql_type)$(.$flag($($arg)?))*,
                )*],
                primary_key: $crate::table_meta!(@key $($pk_name ($($pk),*))?),
                foreign_keys: &[$($crate::ForeignKeyMeta {
                    name: $fk,
                    columns: &[$($fk_col,)*],
                    ref_schema: $ref_schema,
                    ref_table: $ref_table,
                    ref_columns: &[$($ref_col,)*],
                },)*],
                uniques: &[$($crate::IndexMeta::new($uq, &[$($uq_col,)*]).unique(),)*],
                indexes: &[$($crate::IndexMeta::new($ix, &[$($ix_col,)*])$(.$unique())?,)*],
            };
        }
        $($crate::table_meta!(@keyed $ty $pk_name);)?
    };
}

/// Navigation of foreign key number `$fk` of `$owner` into `$target`, both ways: on the owner
/// `$forward` (the referenced row) and `$forward_sql`, on the target `$reverse` (the owning
/// rows) and `$reverse_sql`, each with its doc (the generator names the key in every one):
///
/// ```text
/// navigation!(
///     User[0] => crate::ref_::UserStatusRow;
///     status, " The live `ref.UserStatus` row that `StatusID` references (FK_User_UserStatus).";
///     status_sql, " The SQL behind `status` (FK_User_UserStatus).";
///     users_by_status, " The live `dbo.User` rows whose `StatusID` references this row (FK_User_UserStatus).";
///     users_by_status_sql, " The SQL behind `users_by_status` (FK_User_UserStatus).";
/// );
/// ```
/// The async methods exist with a driver feature (`postgres`, `tiberius`) of the invoking
/// crate, which their docs say (and, with `--cfg docsrs`, rustdoc's feature badge); they
/// return the runtime's future directly (no `async` body here, and no `META` in any body),
/// which keeps the generated crate cheap to check.
#[macro_export]
macro_rules! navigation {
    (
        $owner:ident[$fk:literal] => $target:path;
        $forward:ident, $forward_doc:literal;
        $forward_sql:ident, $forward_sql_doc:literal;
        $reverse:ident, $reverse_doc:literal;
        $reverse_sql:ident, $reverse_sql_doc:literal $(;)?
    ) => {
        impl $owner {
            #[doc = $forward_sql_doc]
            pub fn $forward_sql(dialect: $crate::Dialect) -> &'static str {
                $crate::forward_sql::<Self, $target>(dialect, $fk)
            }

            #[doc = $forward_doc]
            ///
            /// Requires feature `postgres` or `tiberius`.
            #[cfg(any(feature = "postgres", feature = "tiberius"))]
            #[cfg_attr(docsrs, doc(cfg(any(feature = "postgres", feature = "tiberius"))))]
            pub fn $forward<C: $crate::Conn>(
                &self,
                conn: C,
            ) -> impl ::core::future::Future<
                Output = ::core::result::Result<::core::option::Option<$target>, $crate::Error>,
            > {
                $crate::forward::<Self, $target, C>(self, $fk, conn)
            }
        }

        impl $target {
            #[doc = $reverse_sql_doc]
            pub fn $reverse_sql(dialect: $crate::Dialect) -> &'static str {
                $crate::reverse_sql::<$owner>(dialect, $fk)
            }

            #[doc = $reverse_doc]
            ///
            /// Requires feature `postgres` or `tiberius`.
            #[cfg(any(feature = "postgres", feature = "tiberius"))]
            #[cfg_attr(docsrs, doc(cfg(any(feature = "postgres", feature = "tiberius"))))]
            pub fn $reverse<C: $crate::Conn>(
                &self,
                conn: C,
            ) -> impl ::core::future::Future<
                Output = ::core::result::Result<::std::vec::Vec<$owner>, $crate::Error>,
            > {
                $crate::reverse::<$owner, Self, C>(self, $fk, conn)
            }
        }
    };
}

/// Finders of a table by its unique keys and foreign keys, each a plain function returning a
/// [`Select`](crate::Select) (no `async`, no generic code here: the runtime's `Select` does
/// the work where a service runs it). The generator puts the invocation under the crate's
/// driver features (a `Select` runs only with one), which saves a default `cargo check` of
/// 2,000 tables ~60 MB of rustc memory:
/// `finders!(User; by_email = unique(0; email: &str), " doc"; for_status = foreign_key(0; status_id: UserStatus), " doc");`.
/// The kind names the `Select` constructor, the index the key's place in the metadata.
#[macro_export]
macro_rules! finders {
    (
        $ty:ident;
        $($name:ident = $kind:ident($idx:literal; $($arg:ident: $argty:ty),+ $(,)?), $doc:literal);* $(;)?
    ) => {
        impl $ty {
            $(
                #[doc = $doc]
                pub fn $name($($arg: $argty),+) -> $crate::Select<Self> {
                    $crate::Select::$kind($idx, ::std::vec![$($crate::ToValue::to_value(&$arg)),+])
                }
            )*
        }
    };
}

/// `New…::new`: a new row from its required columns (not nullable, no database default), in
/// column order, with every nullable column NULL and every defaulted column left to the
/// database default (`Defaulted::Default`), so that a service writes the audit and other
/// defaulted columns once, not in every literal:
/// `NewUser { first_name, ..NewUser::new(email, hash, UserStatus::PendingVerification) }`.
/// `new_row!(NewUser; email: String, status_id: UserStatus; first_name, phone; created_date);`
/// (required with types; nullable; defaulted). The generator puts it under the crate's driver
/// features, beside the inserts it serves.
#[macro_export]
macro_rules! new_row {
    (
        $new:ident;
        $($req:ident: $ty:ty),* $(,)?;
        $($null:ident),* $(,)?;
        $($def:ident),* $(,)?
    ) => {
        impl $new {
            /// A new row with the required columns given (in column order), every nullable
            /// column `None` and every column with a database default `Defaulted::Default`;
            /// set other fields with struct update syntax (`..New….new(…)`).
            #[allow(clippy::new_without_default, clippy::too_many_arguments)]
            pub fn new($($req: $ty),*) -> Self {
                Self {
                    $($req,)*
                    $($null: ::core::option::Option::None,)*
                    $($def: $crate::Defaulted::Default,)*
                }
            }
        }
    };
}

/// The impls of a generated value enum ([`ValueEnum`](crate::ValueEnum): a PostgreSQL enum
/// type or an `enum:` column), from its labels: `value_enum!(OrderState, "shop.order_state";
/// New = "new", OnHold = "on hold")` implements `ValueEnum`, `ToValue` (the label, as text),
/// `Display` and `FromStr` (by label), and with the invoking crate's `serde` feature
/// `Serialize`/`Deserialize` by label. The enum itself, with its docs, is generated code.
#[macro_export]
macro_rules! value_enum {
    ($ty:ident, $source:literal; $($variant:ident = $label:literal),* $(,)?) => {
        impl $ty {
            /// Every variant, in the order of the labels.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The label as the database stores it.
            pub const fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)*
                }
            }
        }

        impl $crate::ValueEnum for $ty {
            const SOURCE: &'static str = $source;
            const ALL: &'static [Self] = Self::ALL;

            fn label(self) -> &'static str {
                Self::label(self)
            }
        }

        impl $crate::ToValue for $ty {
            fn to_value(&self) -> $crate::SqlValue {
                $crate::SqlValue::Text(::core::option::Option::Some(
                    ::std::borrow::ToOwned::to_owned(self.label()),
                ))
            }

            fn null() -> $crate::SqlValue {
                $crate::SqlValue::Text(::core::option::Option::None)
            }
        }

        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownLabel;

            fn from_str(label: &str) -> ::core::result::Result<Self, Self::Err> {
                <Self as $crate::ValueEnum>::from_label(label)
            }
        }

        #[cfg(feature = "serde")]
        $crate::__value_enum_serde!($ty);
    };
}

/// The serde half of [`value_enum!`]: by label.
#[doc(hidden)]
#[macro_export]
macro_rules! __value_enum_serde {
    ($ty:ident) => {
        impl $crate::serde_code::Field for $ty {
            fn field(&self) -> $crate::serde_code::FieldRef<'_> {
                $crate::serde_code::FieldRef::Code(self.label())
            }
        }

        impl $crate::serde_code::serde::Serialize for $ty {
            fn serialize<S: $crate::serde_code::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::serde_code::serialize_label(*self, serializer)
            }
        }

        impl<'de> $crate::serde_code::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::serde_code::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::serde_code::deserialize_label(deserializer)
            }
        }
    };
}
