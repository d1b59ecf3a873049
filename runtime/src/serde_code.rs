//! Serde for generated code: reference enums by code, and the shared machinery behind the
//! table structs' `Serialize`/`Deserialize` (emitted by [`record!`](crate::record)).
//!
//! `#[derive(Deserialize)]` writes, per struct, a field enum with its own visitor (by name, by
//! bytes, by index), a struct visitor for maps and one for sequences, and a missing-field check
//! per field; on a 2,000-table crate that was most of the `serde` feature's compile cost. Here
//! the key lookup, duplicate and missing-field handling, sequences and unknown keys are written
//! once: a generated struct supplies only its field names and one line per field (store the
//! value, then take it), so rustc type-checks two short expressions per column.

use std::fmt;
use std::marker::PhantomData;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
pub use serde;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeStruct as _;
use serde::{Deserialize, Serialize, Serializer};
use uuid::Uuid;

use crate::RefEnum;

/// Serialises a reference enum as its code.
pub fn serialize<E: RefEnum, S: Serializer>(value: E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.code())
}

/// Deserialises a reference enum from its code; an unknown code is an error naming the table.
pub fn deserialize<'de, E: RefEnum, D: Deserializer<'de>>(deserializer: D) -> Result<E, D::Error> {
    let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    E::from_code(&code).map_err(<D::Error as de::Error>::custom)
}

/// Serialises a value enum as its label.
pub fn serialize_label<E: crate::ValueEnum, S: Serializer>(
    value: E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.label())
}

/// Deserialises a value enum from its label; an unknown label is an error naming its type or
/// column.
pub fn deserialize_label<'de, E: crate::ValueEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    let label = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    E::from_label(&label).map_err(<D::Error as de::Error>::custom)
}

/// Serialises a generated struct: `serialize_struct` with one field per column, keyed by the
/// SQL column names in `fields`, in column order, as `#[derive(Serialize)]` with
/// `serde(rename)` did. Generated code hands over its fields as `&dyn Field` (one coercion
/// per column) instead of calling `serialize_field` itself: that call, generic over the
/// serializer, with a `?` converting its associated error type, was most of the `serde`
/// feature's compile cost (about 1.3 GiB of rustc memory on 2,000 tables).
pub fn serialize_struct<S: Serializer>(
    serializer: S,
    name: &'static str,
    fields: &'static [&'static str],
    values: &[&dyn Field],
) -> Result<S::Ok, S::Error> {
    let mut s = serializer.serialize_struct(name, values.len())?;
    for (key, value) in fields.iter().zip(values) {
        s.serialize_field(key, &value.field())?;
    }
    s.end()
}

/// A value a generated struct's field can hold, seen through one object-safe trait so that
/// [`serialize_struct`] serialises it: every [`Column`](crate::Column) type, every reference
/// enum (by code) and `Option`s of them.
pub trait Field {
    /// The value, for serialisation.
    fn field(&self) -> FieldRef<'_>;
}

/// A field's value by kind. Each variant serialises exactly as its type's own `Serialize`
/// does, so the output is what the derive produced.
#[derive(Clone, Copy)]
pub enum FieldRef<'a> {
    /// `i64`.
    I64(&'a i64),
    /// `i32`.
    I32(&'a i32),
    /// `i16`.
    I16(&'a i16),
    /// `u8`.
    U8(&'a u8),
    /// `bool`.
    Bool(&'a bool),
    /// `f64`.
    F64(&'a f64),
    /// `f32`.
    F32(&'a f32),
    /// `Decimal`.
    Decimal(&'a Decimal),
    /// `String`.
    Text(&'a String),
    /// `Vec<u8>` (a sequence of numbers, as serde serialises a `Vec`).
    Bytes(&'a Vec<u8>),
    /// `Uuid`.
    Uuid(&'a Uuid),
    /// `NaiveDateTime`.
    DateTime(&'a NaiveDateTime),
    /// `NaiveDate`.
    Date(&'a NaiveDate),
    /// `NaiveTime`.
    Time(&'a NaiveTime),
    /// `DateTime<FixedOffset>`.
    DateTimeOffset(&'a DateTime<FixedOffset>),
    /// A reference enum's code or a value enum's label.
    Code(&'static str),
    /// A PostgreSQL array: a sequence of its elements (`null` for NULL ones).
    Seq(&'a dyn SeqField),
    /// `None` of an `Option`.
    None,
    /// `Some` of an `Option`.
    Some(&'a dyn Field),
}

impl Serialize for FieldRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            FieldRef::I64(v) => Serialize::serialize(v, s),
            FieldRef::I32(v) => Serialize::serialize(v, s),
            FieldRef::I16(v) => Serialize::serialize(v, s),
            FieldRef::U8(v) => Serialize::serialize(v, s),
            FieldRef::Bool(v) => Serialize::serialize(v, s),
            FieldRef::F64(v) => Serialize::serialize(v, s),
            FieldRef::F32(v) => Serialize::serialize(v, s),
            FieldRef::Decimal(v) => Serialize::serialize(v, s),
            FieldRef::Text(v) => Serialize::serialize(v, s),
            FieldRef::Bytes(v) => Serialize::serialize(v, s),
            FieldRef::Uuid(v) => Serialize::serialize(v, s),
            FieldRef::DateTime(v) => Serialize::serialize(v, s),
            FieldRef::Date(v) => Serialize::serialize(v, s),
            FieldRef::Time(v) => Serialize::serialize(v, s),
            FieldRef::DateTimeOffset(v) => Serialize::serialize(v, s),
            FieldRef::Code(code) => s.serialize_str(code),
            FieldRef::Seq(v) => s.collect_seq(v.items()),
            FieldRef::None => s.serialize_none(),
            FieldRef::Some(v) => s.serialize_some(&v.field()),
        }
    }
}

/// `Field` for the column types: the same list as `Column` (columns.rs).
macro_rules! field {
    ($($ty:ty => $variant:ident),* $(,)?) => {$(
        impl Field for $ty {
            fn field(&self) -> FieldRef<'_> {
                FieldRef::$variant(self)
            }
        }
    )*};
}

field!(
    i64 => I64, i32 => I32, i16 => I16, u8 => U8, bool => Bool, f64 => F64, f32 => F32,
    Decimal => Decimal, String => Text, Vec<u8> => Bytes, Uuid => Uuid,
    NaiveDateTime => DateTime, NaiveDate => Date, NaiveTime => Time,
    DateTime<FixedOffset> => DateTimeOffset,
);

impl<E: RefEnum> Field for E {
    fn field(&self) -> FieldRef<'_> {
        FieldRef::Code(self.code())
    }
}

/// The elements of an array field, for [`FieldRef::Seq`].
pub trait SeqField {
    /// Every element, in order.
    fn items(&self) -> Vec<FieldRef<'_>>;
}

impl<T: Field + crate::ArrayElement> SeqField for Vec<Option<T>> {
    fn items(&self) -> Vec<FieldRef<'_>> {
        self.iter().map(Field::field).collect()
    }
}

impl<T: Field + crate::ArrayElement> Field for Vec<Option<T>> {
    fn field(&self) -> FieldRef<'_> {
        FieldRef::Seq(self)
    }
}

impl<T: Field> Field for Option<T> {
    fn field(&self) -> FieldRef<'_> {
        match self {
            Some(v) => FieldRef::Some(v),
            None => FieldRef::None,
        }
    }
}

/// A generated table struct deserialised field by field: the struct's side of
/// [`deserialize_struct`]. Implemented by `record!`.
pub trait Fields<'de>: Sized {
    /// The struct's name, for messages.
    const NAME: &'static str;
    /// SQL column names in field order: the keys of the serialised form.
    const FIELDS: &'static [&'static str];

    /// Reads every entry of `entries` (a map or a sequence) and builds the struct.
    fn visit<A: Entries<'de>>(entries: A) -> Result<Self, A::Error>;
}

/// Deserialises a generated struct from a map keyed by SQL column names (unknown keys are
/// skipped, a repeated key is an error, a missing nullable column is `None`) or from a
/// sequence in column order, as `#[derive(Deserialize)]` would.
pub fn deserialize_struct<'de, T: Fields<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_struct(T::NAME, T::FIELDS, StructVisitor(PhantomData))
}

struct StructVisitor<T>(PhantomData<T>);

impl<'de, T: Fields<'de>> Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::visit(MapEntries {
            map,
            fields: T::FIELDS,
            current: 0,
            failed: None,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        T::visit(SeqEntries {
            seq,
            fields: T::FIELDS,
            next: 0,
            failed: None,
        })
    }
}

/// The entries of a serialised struct, seen as (field index, value) pairs: what a generated
/// [`Fields::visit`] loops over.
pub trait Entries<'de> {
    /// The format's error.
    type Error: de::Error;

    /// The index (into [`Fields::FIELDS`]) of the next entry; `None` at the end. Unknown keys
    /// are skipped here, and the error of the last [`store`](Self::store), if any, is
    /// returned here.
    fn next_field(&mut self) -> Result<Option<usize>, Self::Error>;

    /// Stores the value of the entry just returned by [`next_field`](Self::next_field) in
    /// `slot` (a repeated field is an error). It returns nothing so that generated code needs
    /// no `?` per field: a failure is kept and reported by the next `next_field`.
    fn store<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>);

    /// The value of field `index`; a missing field is `None` for an `Option` field and an
    /// error otherwise.
    fn take<T: Deserialize<'de>>(&self, slot: Option<T>, index: usize) -> Result<T, Self::Error> {
        match slot {
            Some(value) => Ok(value),
            None => missing(field_name(self.fields(), index)),
        }
    }

    /// The struct's field names.
    fn fields(&self) -> &'static [&'static str];
}

/// The first missing or unreadable field of a struct whose fields were all taken
/// ([`Entries::take`]); called only when one failed.
#[cold]
pub fn first_error<E: de::Error, const N: usize>(errors: [Option<E>; N]) -> E {
    errors
        .into_iter()
        .flatten()
        .next()
        .unwrap_or_else(|| E::custom("no failing field (a gen-runtime bug)"))
}

fn field_name(fields: &'static [&'static str], index: usize) -> &'static str {
    fields.get(index).copied().unwrap_or("?")
}

/// A missing field: `None` when `T` is an `Option` (its `Deserialize` asks for an option and
/// gets none), otherwise a "missing field" error; the rule serde's derive applies.
fn missing<'de, T: Deserialize<'de>, E: de::Error>(name: &'static str) -> Result<T, E> {
    T::deserialize(Missing(name, PhantomData))
}

/// A deserializer for a field that is not there.
struct Missing<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

struct MapEntries<A, E> {
    map: A,
    fields: &'static [&'static str],
    current: usize,
    failed: Option<E>,
}

impl<'de, A: MapAccess<'de>> Entries<'de> for MapEntries<A, A::Error> {
    type Error = A::Error;

    fn next_field(&mut self) -> Result<Option<usize>, A::Error> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        loop {
            match self.map.next_key_seed(Key(self.fields))? {
                None => return Ok(None),
                Some(Some(i)) => {
                    self.current = i;
                    return Ok(Some(i));
                }
                // Not a column of this table: skipped, as the derive does without
                // `deny_unknown_fields`.
                Some(None) => {
                    self.map.next_value::<IgnoredAny>()?;
                }
            }
        }
    }

    fn store<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        if slot.is_some() {
            let name = field_name(self.fields, self.current);
            self.failed = Some(de::Error::duplicate_field(name));
            return;
        }
        match self.map.next_value() {
            Ok(value) => *slot = Some(value),
            Err(e) => self.failed = Some(e),
        }
    }

    fn fields(&self) -> &'static [&'static str] {
        self.fields
    }
}

struct SeqEntries<A, E> {
    seq: A,
    fields: &'static [&'static str],
    next: usize,
    failed: Option<E>,
}

impl<'de, A: SeqAccess<'de>> Entries<'de> for SeqEntries<A, A::Error> {
    type Error = A::Error;

    fn next_field(&mut self) -> Result<Option<usize>, A::Error> {
        match self.failed.take() {
            Some(e) => Err(e),
            None => Ok((self.next < self.fields.len()).then_some(self.next)),
        }
    }

    fn store<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        let i = self.next;
        self.next += 1;
        match self.seq.next_element() {
            Ok(Some(value)) => *slot = Some(value),
            Ok(None) => {
                self.failed = Some(de::Error::invalid_length(i, &Expected(self.fields.len())));
            }
            Err(e) => self.failed = Some(e),
        }
    }

    fn fields(&self) -> &'static [&'static str] {
        self.fields
    }
}

/// "a sequence of N columns", for length errors.
struct Expected(usize);

impl de::Expected for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a sequence of {} columns", self.0)
    }
}

/// A map key: the index of the field it names, `None` for a key that names no field. Keys
/// are SQL column names (exact match, as the derive's `rename` did); a non-negative integer
/// key is a field index, as the derive also accepts.
struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a column name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|f| *f == key))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|f| f.as_bytes() == key))
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Self::Value, E> {
        Ok(usize::try_from(index).ok().filter(|i| *i < self.0.len()))
    }
}
