//! Tables: added, removed, and everything inside the ones both sides have.

use super::{Difference, Grade, Kind, columns, constraints, rows};
use crate::ir::{Database, Table};
use gen_runtime::Dialect;

/// Compares every table the expected schema's filter admits.
pub(super) fn compare_tables(
    expected: &Database,
    actual: &Database,
    dialect: Dialect,
    out: &mut Vec<Difference>,
) {
    let admits = |t: &Table| expected.filter.admits(&t.schema, &t.name);
    for es in &expected.schemas {
        let live = actual
            .schemas
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(&es.name));
        // A schema the database lacks shows as its tables removed; only its description is
        // compared here.
        if let Some(ls) = live {
            out.extend(description(
                &es.name,
                es.description.as_deref(),
                ls.description.as_deref(),
            ));
        }
    }
    for (_, e) in expected.tables().filter(|(_, t)| admits(t)) {
        match actual.table(&e.schema, &e.name) {
            Some(a) => compare_table(e, a, dialect, out),
            None => out.push(Difference::new(
                Grade::Breaking,
                Kind::TableRemoved,
                e.qualified(),
                Some(table_summary(e)),
                None,
            )),
        }
    }
    for (_, a) in actual.tables().filter(|(_, t)| admits(t)) {
        if expected.table(&a.schema, &a.name).is_none() {
            out.push(Difference::new(
                Grade::Additive,
                Kind::TableAdded,
                a.qualified(),
                None,
                Some(table_summary(a)),
            ));
        }
    }
}

/// `table (N columns)` or `view (N columns)`, enough to recognise a table in a one-line report.
fn table_summary(t: &Table) -> String {
    format!("{} ({} columns)", t.kind_word(), t.columns.len())
}

fn compare_table(e: &Table, a: &Table, dialect: Dialect, out: &mut Vec<Difference>) {
    let path = e.qualified();
    if e.is_view() != a.is_view() {
        out.push(Difference::new(
            Grade::Breaking,
            Kind::Relation,
            &path,
            Some(e.kind_word().to_owned()),
            Some(a.kind_word().to_owned()),
        ));
    }
    if let Some(d) = description(&path, e.description.as_deref(), a.description.as_deref()) {
        out.push(d);
    }
    columns::compare_columns(e, a, dialect, out);
    constraints::compare_constraints(e, a, dialect, out);
    if e.enum_spec.is_some() {
        rows::compare_rows(e, a, out);
    }
}

/// A description difference (cosmetic); an empty or blank description counts as none.
pub(super) fn description(path: &str, e: Option<&str>, a: Option<&str>) -> Option<Difference> {
    let norm = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
    let (e, a) = (norm(e), norm(a));
    (e != a).then(|| Difference::new(Grade::Cosmetic, Kind::Description, path, e, a))
}
