//! Reference rows, matched by ID and then by code: generated enums are closed, so a row added,
//! removed, renumbered or recoded in the database breaks services; other values are cosmetic.

use std::collections::BTreeMap;

use super::{Difference, Grade, Kind};
use crate::ir::{DefaultExpr, Row, Table, Value};

/// Compares the rows of a reference table present on both sides.
pub(super) fn compare_rows(e: &Table, a: &Table, out: &mut Vec<Difference>) {
    let keys = Keys::of(e);
    let mut matched = vec![false; a.rows.len()];
    for er in &e.rows {
        let by_id = keys.id(e, er).and_then(|id| {
            a.rows
                .iter()
                .position(|ar| keys.id(a, ar).as_ref() == Some(&id))
        });
        let by_code = || {
            keys.code(e, er).and_then(|c| {
                a.rows
                    .iter()
                    .position(|ar| keys.code(a, ar).as_ref() == Some(&c))
            })
        };
        match by_id.or_else(by_code) {
            Some(i) => {
                matched[i] = true;
                if let Some(d) = row_difference(e, er, a, &a.rows[i], &keys) {
                    out.push(d);
                }
            }
            None => out.push(Difference::new(
                Grade::Breaking,
                Kind::RowRemoved,
                keys.path(e, er),
                Some(row_text(e, er)),
                None,
            )),
        }
    }
    let deprecated = |id: &Option<Value>| {
        e.enum_spec.as_ref().is_some_and(|s| {
            s.deprecated
                .iter()
                .any(|d| id.as_ref() == Some(&Value::Int(d.id)))
        })
    };
    for (ar, _) in a.rows.iter().zip(&matched).filter(|(_, m)| !**m) {
        // A row schema.yaml keeps as a deprecated variant is known to the enum.
        if !deprecated(&keys.id(a, ar)) {
            out.push(Difference::new(
                Grade::Breaking,
                Kind::RowAdded,
                keys.path(a, ar),
                None,
                Some(row_text(a, ar)),
            ));
        }
    }
}

/// Whether a live row holds exactly what schema.yaml's row says (columns the row leaves out
/// compare against their default, or NULL).
pub(crate) fn rows_equal(e: &Table, er: &Row, a: &Table, ar: &Row) -> bool {
    row_difference(e, er, a, ar, &Keys::of(e)).is_none()
}

fn row_difference(e: &Table, er: &Row, a: &Table, ar: &Row, keys: &Keys) -> Option<Difference> {
    let (ev, av) = (determined(e, er), determined(a, ar));
    let differs = ev
        .iter()
        .any(|(c, v)| av.get(c).is_some_and(|x| !same_value(v, x)));
    if !differs {
        return None;
    }
    let renumbered = keys.id(e, er) != keys.id(a, ar) || keys.code(e, er) != keys.code(a, ar);
    let grade = if renumbered {
        Grade::Breaking
    } else {
        Grade::Cosmetic
    };
    Some(Difference::new(
        grade,
        Kind::RowChanged,
        keys.path(e, er),
        Some(row_text(e, er)),
        Some(row_text(a, ar)),
    ))
}

/// The row's values by lower-cased column, with omitted columns filled where the schema
/// determines them (a literal default, or NULL); columns defaulted by an expression are left out.
fn determined(t: &Table, r: &Row) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for c in &t.columns {
        let v = match (t.row_value(r, &c.name), &c.default) {
            (Some(v), _) => v.clone(),
            (None, Some(DefaultExpr::Literal(v))) => v.clone(),
            (None, None) if c.nullable && c.identity.is_none() => Value::Null,
            _ => continue,
        };
        out.insert(c.name.to_lowercase(), v);
    }
    out
}

/// Equal values, with decimals compared by value (`12.50` = `12.5`) and bits as 0/1.
fn same_value(a: &Value, b: &Value) -> bool {
    let canon = |v: &Value| match v {
        Value::Decimal(d) if d.contains('.') => {
            Value::Decimal(d.trim_end_matches('0').trim_end_matches('.').into())
        }
        Value::Bool(b) => Value::Int(i64::from(*b)),
        v => v.clone(),
    };
    canon(a) == canon(b)
}

/// How rows of one table are named: by ID column and by code (the enum's variant column).
struct Keys {
    id: Option<String>,
    code: Option<String>,
}

impl Keys {
    fn of(t: &Table) -> Keys {
        Keys {
            id: t.id_column().map(|c| c.name.clone()),
            code: t.enum_spec.as_ref().map(|s| s.variant_column.clone()),
        }
    }

    fn id(&self, t: &Table, r: &Row) -> Option<Value> {
        self.id.as_ref().and_then(|c| t.row_value(r, c)).cloned()
    }

    fn code(&self, t: &Table, r: &Row) -> Option<Value> {
        self.code.as_ref().and_then(|c| t.row_value(r, c)).cloned()
    }

    /// `ref.UserStatus[UserStatusID=3]`, or by code when the table has no integer ID.
    fn path(&self, t: &Table, r: &Row) -> String {
        let named = [(&self.id, self.id(t, r)), (&self.code, self.code(t, r))];
        match named.into_iter().find_map(|(c, v)| Some((c.as_ref()?, v?))) {
            Some((c, v)) => format!("{}[{c}={}]", t.qualified(), plain(&v)),
            None => format!("{}[row]", t.qualified()),
        }
    }
}

fn plain(v: &Value) -> String {
    match v {
        Value::Text(t) => t.clone(),
        v => v.to_string(),
    }
}

/// `{UserStatusID: 1, Code: ACTIVE, Name: Active}`.
fn row_text(t: &Table, r: &Row) -> String {
    let parts: Vec<String> = t
        .columns
        .iter()
        .filter_map(|c| {
            t.row_value(r, &c.name)
                .map(|v| format!("{}: {}", c.name, plain(v)))
        })
        .collect();
    format!("{{{}}}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Column, DeprecatedVariant, EnumSpec, PrimaryKey, SqlType};

    fn status(rows: &[(i64, &str)], deprecated: &[i64]) -> Table {
        let column = |name: &str, sql_type| Column {
            name: name.into(),
            sql_type,
            ..Column::default()
        };
        Table {
            name: "Status".into(),
            schema: "ref".into(),
            columns: vec![
                column("StatusID", SqlType::Int),
                column("Code", SqlType::NVarChar(crate::ir::Length::N(20))),
            ],
            primary_key: Some(PrimaryKey {
                name: "PK_Status".into(),
                columns: vec!["StatusID".into()],
                loc: None,
            }),
            enum_spec: Some(EnumSpec {
                variant_column: "Code".into(),
                deprecated: deprecated
                    .iter()
                    .map(|&id| DeprecatedVariant {
                        id,
                        ..Default::default()
                    })
                    .collect(),
                ..EnumSpec::default()
            }),
            rows: rows
                .iter()
                .map(|(id, code)| Row {
                    values: vec![
                        ("StatusID".into(), Value::Int(*id)),
                        ("Code".into(), Value::Text((*code).into())),
                    ],
                    ..Row::default()
                })
                .collect(),
            ..Table::default()
        }
    }

    #[test]
    fn a_row_kept_as_a_deprecated_variant_is_not_drift() {
        let mut out = Vec::new();
        compare_rows(
            &status(&[(1, "OPEN")], &[9]),
            &status(&[(1, "OPEN"), (9, "LEGACY")], &[]),
            &mut out,
        );
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn a_code_under_another_id_is_a_breaking_renumbering() {
        let mut out = Vec::new();
        compare_rows(
            &status(&[(1, "OPEN")], &[]),
            &status(&[(5, "OPEN")], &[]),
            &mut out,
        );
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(
            (out[0].grade, out[0].kind, out[0].path.as_str()),
            (Grade::Breaking, Kind::RowChanged, "ref.Status[StatusID=1]")
        );
    }
}
