//! What the generated crate's `sql!` / `sql_as!` macros expand to: a statement checked at
//! compile time against the schema, with its parameters bound, whose rows decode into a
//! record the macro defined (or a named struct).
//!
//! Everything with behaviour is here, written once: an invocation expands to a small struct
//! (the record's fields), a closure moving a decoded tuple into it, and its arguments, each
//! checked against its parameter's type through [`Arg`]. Rows decode into that tuple through
//! [`FromRow`], implemented once for column types, [`Ref`] / [`RefOpt`] (reference enums) and
//! tuples of them, so that an invocation adds no trait impls for rustc to check.

use crate::{
    ColumnMeta, Conn, DecodeError, Dialect, Error, Record, RefEnum, RowReader, SqlValue, Table,
    TableKind, TableMeta, ToValue,
};

/// A checked statement: its text, the dialect it is written in, its parameters, and how a row
/// becomes a `T`: decoded as `R` (a tuple of the result columns' types), then moved into `T`.
#[must_use = "a statement does nothing until it is run with fetch_all, fetch_one, fetch_optional or execute"]
pub struct Checked<T, R = T> {
    sql: &'static str,
    dialect: Dialect,
    columns: &'static [&'static str],
    params: Vec<SqlValue>,
    map: fn(R) -> T,
}

impl<T: Send, R: FromRow> Checked<T, R> {
    /// A statement whose rows decode as `R` (result columns `columns`, named in decode
    /// errors) and are moved into `T` by `map`.
    #[inline]
    pub fn new<const N: usize>(
        sql: &'static str,
        dialect: Dialect,
        columns: &'static [&'static str],
        params: [SqlValue; N],
        map: fn(R) -> T,
    ) -> Self {
        Checked {
            sql,
            dialect,
            columns,
            params: Vec::from(params),
            map,
        }
    }

    /// The statement's text.
    pub fn sql(&self) -> &'static str {
        self.sql
    }

    /// The parameters, in order.
    pub fn params(&self) -> &[SqlValue] {
        &self.params
    }

    /// The result columns' names (empty for a statement that opted out of checking).
    pub fn columns(&self) -> &'static [&'static str] {
        self.columns
    }

    fn on<C: Conn>(&self, conn: &C) -> Result<(), Error> {
        let connection = conn.dialect();
        if connection == self.dialect {
            Ok(())
        } else {
            Err(Error::WrongDialect {
                statement: self.dialect,
                connection,
            })
        }
    }

    /// Runs the statement and decodes every row.
    pub async fn fetch_all<C: Conn>(self, conn: C) -> Result<Vec<T>, Error> {
        self.on(&conn)?;
        let Checked {
            sql,
            columns,
            params,
            map,
            ..
        } = self;
        let rows = conn
            .rows::<Rows<R>>(sql, params)
            .await
            .map_err(|e| named(columns, e))?;
        Ok(rows.into_iter().map(|Rows(r)| map(r)).collect())
    }

    /// Runs the statement and decodes its first row, if it returned one.
    pub async fn fetch_optional<C: Conn>(self, conn: C) -> Result<Option<T>, Error> {
        Ok(self.fetch_all(conn).await?.into_iter().next())
    }

    /// Runs the statement and decodes its one row; no row is [`Error::NoRow`].
    pub async fn fetch_one<C: Conn>(self, conn: C) -> Result<T, Error> {
        let sql = self.sql;
        self.fetch_optional(conn)
            .await?
            .ok_or_else(|| Error::NoRow {
                table: sql.to_owned(),
                action: "a checked statement",
            })
    }

    /// Runs the statement and returns the number of rows it affected.
    pub async fn execute<C: Conn>(self, conn: C) -> Result<u64, Error> {
        self.on(&conn)?;
        conn.execute(self.sql, self.params).await
    }
}

/// A decode error names the result column by its position ([`FromRow::META`]); this puts
/// the statement's name for it (`columns`) in its place.
fn named(columns: &'static [&'static str], e: Error) -> Error {
    match e {
        Error::Decode(mut d) => {
            let name = d
                .column
                .parse::<usize>()
                .ok()
                .and_then(|n| columns.get(n.checked_sub(1)?));
            if let Some(name) = name {
                d.column = name;
            }
            Error::Decode(d)
        }
        other => other,
    }
}

impl<T: Record> Checked<T, Whole<T>> {
    /// A statement that opted out of checking whose rows decode into the generated table
    /// struct `T` (all of its columns, in order).
    pub fn whole<const N: usize>(
        sql: &'static str,
        dialect: Dialect,
        params: [SqlValue; N],
    ) -> Self {
        Checked::new(sql, dialect, &[], params, |Whole(t)| t)
    }
}

impl Checked<(), ()> {
    /// A statement that returns no rows the macro decodes (one that opted out of checking).
    pub fn unchecked<const N: usize>(
        sql: &'static str,
        dialect: Dialect,
        params: [SqlValue; N],
    ) -> Self {
        Checked::new(sql, dialect, &[], params, |()| ())
    }
}

/// What the next result columns of a row decode into: one column (a [`Column`](crate::Column)
/// type, or an `Option` of one where NULL is allowed; a reference enum through [`Ref`] /
/// [`RefOpt`]), a tuple of these (read left to right, nested for more than 16 columns), or a
/// whole generated table struct ([`Whole`]).
pub trait FromRow: Sized + Send + Sync + 'static {
    /// The metadata rows are read with: decode errors name the column by its position in
    /// the result (`"3"`), which [`Checked`] turns into the column's name.
    const META: &'static TableMeta = &RESULT;

    /// Reads the value from the next columns of `r`.
    fn read<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError>;
}

impl<T: crate::Column + Send + Sync + 'static> FromRow for T {
    #[inline]
    fn read<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError> {
        r.get()
    }
}

impl<T: crate::Column + Send + Sync + 'static> FromRow for Option<T> {
    #[inline]
    fn read<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError> {
        r.opt()
    }
}

/// A non-null reference enum column, read from its integer ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ref<E>(pub E);

/// A nullable reference enum column, read from its integer ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefOpt<E>(pub Option<E>);

impl<E: RefEnum + Send + Sync> FromRow for Ref<E> {
    #[inline]
    fn read<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError> {
        r.reference().map(Ref)
    }
}

impl<E: RefEnum + Send + Sync> FromRow for RefOpt<E> {
    #[inline]
    fn read<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError> {
        r.reference_opt().map(RefOpt)
    }
}

/// A whole generated table struct, every column in order (a `sql_as!` statement that opted
/// out of checking).
#[derive(Debug, Clone, PartialEq)]
pub struct Whole<T>(pub T);

impl<T: Record> FromRow for Whole<T> {
    const META: &'static TableMeta = T::META;

    #[inline]
    fn read<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError> {
        T::decode(r).map(Whole)
    }
}

macro_rules! tuples {
    ($(($($t:ident)*))*) => {$(
        impl<$($t: FromRow),*> FromRow for ($($t,)*) {
            #[inline]
            #[allow(unused_variables)]
            fn read<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError> {
                Ok(($($t::read(r)?,)*))
            }
        }
    )*};
}

tuples! {
    ()
    (A)
    (A B)
    (A B C)
    (A B C D)
    (A B C D E)
    (A B C D E F)
    (A B C D E F G)
    (A B C D E F G H)
    (A B C D E F G H I)
    (A B C D E F G H I J)
    (A B C D E F G H I J K)
    (A B C D E F G H I J K L)
    (A B C D E F G H I J K L M)
    (A B C D E F G H I J K L M N)
    (A B C D E F G H I J K L M N O)
    (A B C D E F G H I J K L M N O P)
}

macro_rules! numbered {
    ($($n:literal)*) => {
        &[$(ColumnMeta::new(stringify!($n), "", true, false, None)),*]
    };
}

/// A statement's result as decode errors see it: columns named by position (`"1"`, …).
static RESULT: TableMeta = TableMeta {
    schema: "sql!",
    name: "result",
    columns: numbered!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127 128),
    kind: TableKind::Table,
    primary_key: None,
    foreign_keys: &[],
    uniques: &[],
    indexes: &[],
};

/// The rows [`Checked`] asks its connection for: `R` as a [`Record`], so that every driver's
/// [`Conn::rows`] decodes it. Only read, never written: [`Record::values`] is empty.
#[doc(hidden)]
pub struct Rows<R>(R);

impl<R: FromRow> Table for Rows<R> {
    const META: &'static TableMeta = R::META;
}

impl<R: FromRow> Record for Rows<R> {
    #[inline]
    fn decode<Rd: RowReader>(r: &mut Rd) -> Result<Self, DecodeError> {
        R::read(r).map(Rows)
    }

    fn values(&self) -> Vec<SqlValue> {
        Vec::new()
    }
}

/// A Rust value that may stand where a statement expects a `T`: a `T` or a reference to one;
/// text also as `&str`, and `Option<T>` (or a plain `T`) where NULL is allowed.
#[diagnostic::on_unimplemented(
    message = "this parameter is `{Self}`, but the statement compares or assigns it to a `{T}` column",
    label = "expected `{T}` (the column's type in schema.yaml)"
)]
pub trait Arg<T> {
    /// The value as a parameter.
    fn to_arg(&self) -> SqlValue;
}

impl<T: ToValue> Arg<T> for T {
    fn to_arg(&self) -> SqlValue {
        self.to_value()
    }
}

impl<T: ToValue> Arg<T> for &T {
    fn to_arg(&self) -> SqlValue {
        (*self).to_value()
    }
}

impl<T: ToValue> Arg<Option<T>> for T {
    fn to_arg(&self) -> SqlValue {
        self.to_value()
    }
}

impl Arg<String> for &str {
    fn to_arg(&self) -> SqlValue {
        ToValue::to_value(self)
    }
}

impl Arg<Option<String>> for &str {
    fn to_arg(&self) -> SqlValue {
        ToValue::to_value(self)
    }
}

impl Arg<Option<String>> for Option<&str> {
    fn to_arg(&self) -> SqlValue {
        match self {
            Some(s) => ToValue::to_value(s),
            None => SqlValue::Text(None),
        }
    }
}

/// The parameter `value`, checked to be a `T` (the macro names `T` from the schema).
#[inline]
pub fn arg<T, A: Arg<T>>(value: A) -> SqlValue {
    value.to_arg()
}

/// A parameter the statement does not type (compared with nothing the schema knows).
#[inline]
pub fn untyped<A: ToValue>(value: A) -> SqlValue {
    value.to_value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_bind_as_their_column_types() {
        assert_eq!(arg::<i64, _>(7i64), SqlValue::I64(Some(7)));
        assert_eq!(arg::<i64, _>(&7i64), SqlValue::I64(Some(7)));
        assert_eq!(arg::<String, _>("a"), SqlValue::Text(Some("a".into())));
        assert_eq!(arg::<Option<String>, _>(None::<&str>), SqlValue::Text(None));
        assert_eq!(arg::<Option<i32>, _>(None::<i32>), SqlValue::I32(None));
        assert_eq!(arg::<Option<i32>, _>(3), SqlValue::I32(Some(3)));
        assert_eq!(untyped(true), SqlValue::Bool(Some(true)));
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Status {
        Active,
    }

    impl RefEnum for Status {
        const TABLE: &'static str = "ref.Status";
        const ALL: &'static [Self] = &[Status::Active];
        fn id(self) -> i64 {
            1
        }
        fn code(self) -> &'static str {
            "ACTIVE"
        }
    }

    fn read<R: FromRow>(values: &[SqlValue]) -> Result<R, DecodeError> {
        R::read(&mut crate::ValueRow::new(values, R::META))
    }

    #[test]
    fn rows_decode_into_tuples_of_columns_options_and_reference_enums() {
        let row = [
            SqlValue::I64(Some(7)),
            SqlValue::Text(None),
            SqlValue::I32(Some(1)),
            SqlValue::I32(None),
            SqlValue::Bool(Some(true)),
        ];
        type Row = (i64, Option<String>, Ref<Status>, RefOpt<Status>, bool);
        let (id, name, Ref(status), RefOpt(other), flag) =
            read::<Row>(&row).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (id, name, status, other, flag),
            (7, None, Status::Active, None, true)
        );
        // More than 16 columns nest.
        let wide: Vec<SqlValue> = (0..18).map(|i| SqlValue::I32(Some(i))).collect();
        type I = i32;
        type Wide = ((I, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I), (I, I));
        let (_, (a, b)) = read::<Wide>(&wide).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((a, b), (16, 17));
    }

    #[test]
    fn a_decode_error_names_the_result_column() {
        let row = [SqlValue::I64(Some(7)), SqlValue::Text(None)];
        let err = read::<(i64, String)>(&row).err();
        let Some(err) = err else {
            panic!("a NULL in a non-null column decodes")
        };
        assert_eq!(err.column, "2");
        let Error::Decode(named) = named(&["UserID", "Email"], Error::Decode(err)) else {
            panic!("still a decode error")
        };
        assert_eq!(
            (named.table.as_str(), named.column),
            ("sql!.result", "Email")
        );
        assert_eq!(named.found, "NULL");
    }
}
