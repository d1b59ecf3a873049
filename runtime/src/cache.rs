//! The process-wide statement cache, keyed by the generated table *type* (its `TypeId`), never
//! by schema and table name: two generated crates in one process may both have a `dbo.User`,
//! with different columns, and must not share statements. Each entry is built from the
//! metadata once and then lives as long as the process (there is one per table, dialect and
//! statement shape a program really uses).

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use crate::Dialect;

/// Which statement of a table: the fixed set, or one shape of a select, insert or update.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    /// A select of a given shape (see `select::Shape`).
    Select(crate::select::Shape),
    /// An insert; one flag per insertable column per row: given (a parameter) or `DEFAULT`.
    Insert(Vec<bool>),
    /// An upsert by the unique key with these columns, with the given-flags of one row.
    Upsert(&'static [&'static str], Vec<bool>),
    /// An update of the columns whose flags are set, version-checked or not, with these
    /// columns stamped with the database's UTC now.
    Update(Vec<bool>, bool, Vec<&'static str>),
}

type Key = (TypeId, Dialect, Kind);

fn texts() -> &'static RwLock<HashMap<Key, &'static str>> {
    static CACHE: OnceLock<RwLock<HashMap<Key, &'static str>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The statement text of `kind` for the table type `T` in `dialect`, built by `build` on first
/// use. A build error is returned and nothing is cached.
pub(crate) fn text<T: 'static, E>(
    dialect: Dialect,
    kind: Kind,
    build: impl FnOnce() -> Result<String, E>,
) -> Result<&'static str, E> {
    let key = (TypeId::of::<T>(), dialect, kind);
    if let Some(hit) = texts()
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return Ok(hit);
    }
    let built = build()?;
    let mut map = texts().write().unwrap_or_else(PoisonError::into_inner);
    Ok(map
        .entry(key)
        .or_insert_with(|| Box::leak(built.into_boxed_str())))
}

/// The fixed statement set of the table type `T` in `dialect`, built on first use.
pub(crate) fn statements<T: 'static>(
    dialect: Dialect,
    build: impl FnOnce() -> crate::Statements,
) -> &'static crate::Statements {
    type Map = HashMap<(TypeId, Dialect), &'static crate::Statements>;
    static CACHE: OnceLock<RwLock<Map>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (TypeId::of::<T>(), dialect);
    if let Some(hit) = cache
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return hit;
    }
    let mut map = cache.write().unwrap_or_else(PoisonError::into_inner);
    map.entry(key)
        .or_insert_with(|| Box::leak(Box::new(build())))
}
