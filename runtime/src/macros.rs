//! The per-table impls generated code would otherwise spell out, as macros: the generator
//! emits one short invocation per table and per foreign key, which `syn` keeps as tokens
//! instead of parsing every expression (rendering 10,000 tables is dominated by that parse),
//! and rustc expands into exactly the hand-written code (decoding stays fully inlined).

/// `impl Record` (decode in column order, values) and `impl NewRecord` for a table:
/// `record!(User, NewUser; get user_id, opt first_name, reference status_id; first_name, status_id)`.
/// Each column names the [`RowReader`](crate::RowReader) method that reads it; the list after
/// `;` is the insert columns, in order.
#[macro_export]
macro_rules! record {
    ($ty:ident, $new:ident; $($read:ident $field:ident),* $(,)?; $($ins:ident),* $(,)?) => {
        impl $crate::Record for $ty {
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

        impl $crate::NewRecord for $new {
            type Record = $ty;

            fn values(&self) -> ::std::vec::Vec<$crate::SqlValue> {
                ::std::vec![$($crate::ToValue::to_value(&self.$ins),)*]
            }
        }
    };
}

/// Navigation of foreign key number `$fk` of `$owner` into `$target`, both ways: on the owner
/// `$forward` (the referenced row) and `$forward_sql`, on the target `$reverse` (the owning
/// rows) and `$reverse_sql`. The async methods exist with a driver feature (`postgres`,
/// `tiberius`) of the invoking crate; they return the runtime's future directly (no `async`
/// body here, and no `META` in any body), which keeps the generated crate cheap to check.
#[macro_export]
macro_rules! navigation {
    (
        $owner:ident[$fk:literal] => $target:path;
        $forward:ident, $forward_sql:ident, $forward_doc:literal;
        $reverse:ident, $reverse_sql:ident, $reverse_doc:literal $(;)?
    ) => {
        impl $owner {
            /// The SQL behind the forward navigation; parameters are the key's columns.
            pub fn $forward_sql(dialect: $crate::Dialect) -> &'static str {
                $crate::forward_sql::<Self, $target>(dialect, $fk)
            }

            #[doc = $forward_doc]
            #[cfg(any(feature = "postgres", feature = "tiberius"))]
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
            /// The SQL behind the reverse navigation; parameters are the referenced columns.
            pub fn $reverse_sql(dialect: $crate::Dialect) -> &'static str {
                $crate::reverse_sql::<$owner>(dialect, $fk)
            }

            #[doc = $reverse_doc]
            #[cfg(any(feature = "postgres", feature = "tiberius"))]
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
