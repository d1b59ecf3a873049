//! Keys, indexes and checks. Constraints are matched by name first and then by definition, so
//! a renamed but otherwise identical constraint is one cosmetic difference, not a removal plus
//! an addition.

use super::{Difference, Grade, Kind, join};
use crate::dialect::{IrDialect, expand_between};
use crate::ir::{
    CheckConstraint, ForeignKey, Index, PrimaryKey, ReferentialAction, Table, UniqueConstraint,
};
use gen_runtime::Dialect;

/// Compares the primary key, foreign keys, unique constraints, indexes and checks of a table.
pub(super) fn compare_constraints(
    e: &Table,
    a: &Table,
    dialect: Dialect,
    out: &mut Vec<Difference>,
) {
    let table = e.qualified();
    primary_key(&table, e.primary_key.as_ref(), a.primary_key.as_ref(), out);
    let fks = Family {
        table: &table,
        kind: Kind::ForeignKey,
        renamed: Kind::ForeignKey,
    };
    fks.compare(
        &e.foreign_keys,
        &a.foreign_keys,
        |f| &f.name,
        fk_text,
        fk_eq,
        out,
    );
    let uqs = Family {
        table: &table,
        kind: Kind::Unique,
        renamed: Kind::Unique,
    };
    uqs.compare(
        &e.uniques,
        &a.uniques,
        |u| &u.name,
        unique_text,
        |x, y| same_names(&x.columns, &y.columns),
        out,
    );
    let x = Exprs::new(dialect, e);
    let ixs = Family {
        table: &table,
        kind: Kind::Index,
        renamed: Kind::IndexName,
    };
    ixs.compare(
        &e.indexes,
        &a.indexes,
        |i| &i.name,
        |i| index_text(i, &x),
        |p, q| index_eq(p, q, &x),
        out,
    );
    let cks = Family {
        table: &table,
        kind: Kind::Check,
        renamed: Kind::Check,
    };
    cks.compare(
        &e.checks,
        &a.checks,
        |c| &c.name,
        |c| check_text(c, &x),
        |p, q| check_eq(p, q, &x),
        out,
    );
}

fn primary_key(
    table: &str,
    e: Option<&PrimaryKey>,
    a: Option<&PrimaryKey>,
    out: &mut Vec<Difference>,
) {
    let text = |k: Option<&PrimaryKey>| k.map(|k| format!("{} ({})", k.name, join(&k.columns)));
    let cols = |k: Option<&PrimaryKey>| {
        k.map(|k| {
            k.columns
                .iter()
                .map(|c| c.to_lowercase())
                .collect::<Vec<_>>()
        })
    };
    if cols(e) != cols(a) {
        // Lookups and updates by key are generated from the primary key.
        out.push(Difference::new(
            Grade::Breaking,
            Kind::PrimaryKey,
            table,
            text(e),
            text(a),
        ));
    } else if text(e) != text(a) {
        out.push(Difference::new(
            Grade::Cosmetic,
            Kind::PrimaryKey,
            table,
            text(e),
            text(a),
        ));
    }
}

/// One family of named constraints of a table.
struct Family<'a> {
    table: &'a str,
    kind: Kind,
    renamed: Kind,
}

impl Family<'_> {
    fn compare<T>(
        &self,
        exp: &[T],
        act: &[T],
        name: impl Fn(&T) -> &String,
        text: impl Fn(&T) -> String,
        same: impl Fn(&T, &T) -> bool,
        out: &mut Vec<Difference>,
    ) {
        let by_name = |x: &T, y: &T| name(x).eq_ignore_ascii_case(name(y));
        let mut used = vec![false; act.len()];
        let mut missing = Vec::new();
        for e in exp {
            match act.iter().position(|a| by_name(e, a)) {
                Some(i) => {
                    used[i] = true;
                    if !same(e, &act[i]) {
                        out.push(self.diff(
                            Grade::Additive,
                            self.kind,
                            name(e),
                            Some(text(e)),
                            Some(text(&act[i])),
                        ));
                    }
                }
                None => missing.push(e),
            }
        }
        for e in missing {
            let renamed = (0..act.len()).find(|&i| {
                !used[i] && !exp.iter().any(|x| by_name(x, &act[i])) && same(e, &act[i])
            });
            match renamed {
                Some(i) => {
                    used[i] = true;
                    out.push(self.diff(
                        Grade::Cosmetic,
                        self.renamed,
                        name(e),
                        Some(name(e).clone()),
                        Some(name(&act[i]).clone()),
                    ));
                }
                None => {
                    out.push(self.diff(Grade::Additive, self.kind, name(e), Some(text(e)), None))
                }
            }
        }
        for (a, _) in act.iter().zip(&used).filter(|(_, u)| !**u) {
            out.push(self.diff(Grade::Additive, self.kind, name(a), None, Some(text(a))));
        }
    }

    fn diff(
        &self,
        grade: Grade,
        kind: Kind,
        name: &str,
        e: Option<String>,
        a: Option<String>,
    ) -> Difference {
        Difference::new(grade, kind, format!("{}.{name}", self.table), e, a)
    }
}

fn same_names(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
}

fn action(a: ReferentialAction) -> &'static str {
    match a {
        ReferentialAction::NoAction => "no action",
        ReferentialAction::Cascade => "cascade",
        ReferentialAction::SetNull => "set null",
        ReferentialAction::SetDefault => "set default",
        ReferentialAction::Restrict => "restrict",
    }
}

fn fk_text(f: &ForeignKey) -> String {
    let mut s = format!(
        "({}) references {}.{} ({})",
        join(&f.columns),
        f.references.schema,
        f.references.table,
        join(&f.ref_columns)
    );
    if f.on_delete != ReferentialAction::NoAction {
        s.push_str(&format!(" on delete {}", action(f.on_delete)));
    }
    if f.on_update != ReferentialAction::NoAction {
        s.push_str(&format!(" on update {}", action(f.on_update)));
    }
    s
}

fn fk_eq(e: &ForeignKey, a: &ForeignKey) -> bool {
    same_names(&e.columns, &a.columns)
        && same_names(&e.ref_columns, &a.ref_columns)
        && e.references
            .schema
            .eq_ignore_ascii_case(&a.references.schema)
        && e.references.table.eq_ignore_ascii_case(&a.references.table)
        && e.on_delete == a.on_delete
        && e.on_update == a.on_update
}

fn unique_text(u: &UniqueConstraint) -> String {
    format!("unique ({})", join(&u.columns))
}

fn index_text(i: &Index, x: &Exprs) -> String {
    let cols: Vec<String> = i
        .columns
        .iter()
        .map(|c| {
            if c.descending {
                format!("{} DESC", c.name)
            } else {
                c.name.clone()
            }
        })
        .collect();
    let mut s = format!("{}({})", if i.unique { "unique " } else { "" }, join(&cols));
    if !i.include.is_empty() {
        s.push_str(&format!(" include ({})", join(&i.include)));
    }
    if let Some(f) = &i.filter {
        s.push_str(&format!(" where {}", x.show(f)));
    }
    s
}

/// Whether two indexes have the same definition, names aside.
pub(crate) fn index_eq(e: &Index, a: &Index, x: &Exprs) -> bool {
    let cols = |i: &Index| {
        i.columns
            .iter()
            .map(|c| (c.name.to_lowercase(), c.descending))
            .collect::<Vec<_>>()
    };
    let filters = match (&e.filter, &a.filter) {
        (Some(ef), Some(af)) => x.same(ef, af),
        (ef, af) => ef.is_none() && af.is_none(),
    };
    e.unique == a.unique && cols(e) == cols(a) && same_names(&e.include, &a.include) && filters
}

fn check_text(c: &CheckConstraint, x: &Exprs) -> String {
    format!("check ({})", x.show(&c.expression))
}

/// Whether two checks test the same expression, names aside.
pub(crate) fn check_eq(e: &CheckConstraint, a: &CheckConstraint, x: &Exprs) -> bool {
    x.same(&e.expression, &a.expression)
}

/// Expressions (checks, index filters) of one table, compared the way its dialect stores them.
pub(crate) struct Exprs<'a> {
    dialect: Dialect,
    columns: Vec<&'a str>,
}

impl<'a> Exprs<'a> {
    /// For the expressions of the schema.yaml table `t`.
    pub(crate) fn new(dialect: Dialect, t: &'a Table) -> Self {
        Exprs {
            dialect,
            columns: t.columns.iter().map(|c| c.name.as_str()).collect(),
        }
    }

    /// The comparable form, for reports.
    fn show(&self, expr: &str) -> String {
        let expr = expand_between(expr);
        self.dialect
            .normalize_check(&self.dialect.check_sql(&expr, &self.columns))
    }

    /// Whether schema.yaml's `expected` says what the database's `actual` says.
    fn same(&self, expected: &str, actual: &str) -> bool {
        self.dialect
            .check_equivalent(&expand_between(expected), actual, &self.columns)
    }
}
