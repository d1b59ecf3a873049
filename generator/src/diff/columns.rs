//! Columns: added, removed, type, length, nullability, identity, default, description.

use super::tables::description;
use super::{Difference, Grade, Kind};
use crate::dialect::IrDialect;
use crate::ir::{Column, Table};
use gen_runtime::Dialect;

/// Compares the columns of one table present on both sides.
pub(super) fn compare_columns(e: &Table, a: &Table, dialect: Dialect, out: &mut Vec<Difference>) {
    let table = e.qualified();
    for ec in &e.columns {
        let path = format!("{table}.{}", ec.name);
        match a.column(&ec.name) {
            Some(ac) => out.extend(compare_column(&path, ec, ac, dialect)),
            None => out.push(Difference::new(
                Grade::Breaking,
                Kind::ColumnRemoved,
                path,
                Some(summary(ec, dialect)),
                None,
            )),
        }
    }
    for ac in a.columns.iter().filter(|c| e.column(&c.name).is_none()) {
        // A service inserting through the generated `New…` struct never sets the new column, so
        // a NOT NULL column without a default makes those inserts fail; nothing inserts into
        // a view.
        let harmless = e.is_view() || ac.nullable || ac.default.is_some() || ac.identity.is_some();
        out.push(Difference::new(
            if harmless {
                Grade::Additive
            } else {
                Grade::Breaking
            },
            Kind::ColumnAdded,
            format!("{table}.{}", ac.name),
            None,
            Some(summary(ac, dialect)),
        ));
    }
}

/// `varchar(255) NOT NULL`, in the database's spelling.
fn summary(c: &Column, dialect: Dialect) -> String {
    let null = if c.nullable { "NULL" } else { "NOT NULL" };
    format!("{} {null}", declared_type(c, dialect))
}

/// Every difference between two versions of one column, at `path` (`schema.table.column`).
pub(crate) fn compare_column(
    path: &str,
    e: &Column,
    a: &Column,
    dialect: Dialect,
) -> Vec<Difference> {
    let mut out = Vec::new();
    if let Some(d) = type_difference(path, e, a, dialect) {
        out.push(d);
    }
    if e.nullable != a.nullable {
        // Either way a running service fails: a NULL read into a non-optional field, or a
        // `None` written into a NOT NULL column.
        let text = |n: bool| Some(if n { "NULL" } else { "NOT NULL" }.to_string());
        out.push(Difference::new(
            Grade::Breaking,
            Kind::Nullability,
            path,
            text(e.nullable),
            text(a.nullable),
        ));
    }
    if e.identity != a.identity {
        let text = |i: Option<crate::ir::Identity>| {
            Some(i.map_or("no identity".into(), |i| {
                format!("identity({}, {})", i.seed, i.increment)
            }))
        };
        out.push(Difference::new(
            Grade::Breaking,
            Kind::Identity,
            path,
            text(e.identity),
            text(a.identity),
        ));
    }
    if let Some(d) = default_difference(path, e, a, dialect) {
        out.push(d);
    }
    out.extend(description(
        path,
        e.description.as_deref(),
        a.description.as_deref(),
    ));
    out
}

/// The column's type as the database names it: a named type (domain, alias or enum type) by
/// its name, otherwise the canonical type in the dialect's spelling.
fn declared_type(c: &Column, dialect: Dialect) -> String {
    match &c.user_type {
        Some(u) => u.qualified(),
        None => dialect.type_name(&c.sql_type),
    }
}

fn type_difference(path: &str, e: &Column, a: &Column, dialect: Dialect) -> Option<Difference> {
    let (et, at) = (declared_type(e, dialect), declared_type(a, dialect));
    if dialect.name_key(&et) == dialect.name_key(&at) {
        return None;
    }
    let (eb, ea) = split_type(&et);
    let (ab, aa) = split_type(&at);
    let (kind, grade) = if eb != ab {
        (Kind::Type, Grade::Breaking)
    } else if aa.len() == ea.len() && aa.iter().zip(&ea).all(|(a, e)| a >= e) {
        // Wider on every argument: existing values still fit what services write.
        (Kind::Length, Grade::Additive)
    } else {
        (Kind::Length, Grade::Breaking)
    };
    Some(Difference::new(grade, kind, path, Some(et), Some(at)))
}

/// `numeric(18,2)` → (`numeric`, [18, 2]); `timestamp(6) without time zone` → (`timestamp
/// without time zone`, [6]).
fn split_type(t: &str) -> (String, Vec<u32>) {
    match (t.find('('), t.find(')')) {
        (Some(open), Some(close)) if open < close => {
            let args = t[open + 1..close]
                .split(',')
                .filter_map(|a| a.trim().parse().ok())
                .collect();
            (
                format!("{}{}", &t[..open], &t[close + 1..])
                    .trim()
                    .to_string(),
                args,
            )
        }
        _ => (t.to_string(), Vec::new()),
    }
}

fn default_difference(path: &str, e: &Column, a: &Column, dialect: Dialect) -> Option<Difference> {
    let text = |c: &Column| {
        c.default
            .as_ref()
            .map(|d| dialect.default_sql(d, &c.sql_type))
    };
    let (et, at) = (text(e), text(a));
    if et == at {
        return None;
    }
    // Generated `New…` structs leave defaulted columns out, so losing a default breaks inserts.
    let grade = if at.is_none() {
        Grade::Breaking
    } else {
        Grade::Additive
    };
    Some(Difference::new(grade, Kind::Default, path, et, at))
}

#[cfg(test)]
mod tests {
    use super::split_type;

    #[test]
    fn types_split_into_base_and_arguments() {
        assert_eq!(split_type("numeric(18,2)"), ("numeric".into(), vec![18, 2]));
        assert_eq!(
            split_type("timestamp(6) without time zone"),
            ("timestamp without time zone".into(), vec![6])
        );
        assert_eq!(split_type("integer"), ("integer".into(), vec![]));
    }
}
