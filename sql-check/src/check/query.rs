//! Queries: WITH, SELECT (FROM with joins, WHERE, GROUP BY, HAVING, projection, TOP),
//! set operations, ORDER BY, LIMIT / OFFSET / FETCH.

use sqlparser::ast::{
    Expr, GroupByExpr, Join, JoinOperator, LimitClause, OrderBy, OrderByKind, Query, Select,
    SelectItem, SelectItemQualifiedWildcardKind, SetExpr, Spanned, TableFactor, TableWithJoins,
    TopQuantity,
};

use super::scope::{Cols, DCol, Rel, Scope};
use super::{Checker, idents};
use crate::problem::did_you_mean;
use crate::{Kind, ResultColumn, TypeInfo};

impl<'s> Checker<'s> {
    /// Checks a query; returns its result columns.
    pub(super) fn query(&mut self, q: &Query, outer: Option<&Scope<'_, 's>>) -> Vec<ResultColumn> {
        let ctes_before = self.ctes.len();
        if let Some(with) = &q.with {
            for cte in &with.cte_tables {
                let cols = self.query(&cte.query, outer);
                let mut dcols = to_dcols(&cols);
                for (d, a) in dcols.iter_mut().zip(&cte.alias.columns) {
                    d.name = self.dialect.norm(&a.name);
                }
                self.ctes.push((self.dialect.norm(&cte.alias.name), dcols));
            }
        }
        let cols = match q.body.as_ref() {
            SetExpr::Select(s) => self.select(s, outer, q.order_by.as_ref()),
            other => {
                let cols = self.set_expr(other, outer);
                if let Some(ob) = &q.order_by {
                    let scope = Scope {
                        rels: vec![result_rel(&cols)],
                        parent: outer,
                    };
                    self.order_by(ob, &scope, &[]);
                }
                cols
            }
        };
        self.limits(q, outer);
        self.ctes.truncate(ctes_before);
        cols
    }

    fn set_expr(&mut self, body: &SetExpr, outer: Option<&Scope<'_, 's>>) -> Vec<ResultColumn> {
        match body {
            SetExpr::Select(s) => self.select(s, outer, None),
            SetExpr::Query(q) => self.query(q, outer),
            SetExpr::SetOperation { left, right, .. } => {
                let l = self.set_expr(left, outer);
                let r = self.set_expr(right, outer);
                if l.len() != r.len() {
                    let at = r
                        .first()
                        .map_or((self.last.line, self.last.column), |c| c.at);
                    self.problems.push(crate::Problem {
                        line: at.0,
                        column: at.1,
                        message: format!(
                            "the two sides of a set operation return {} and {} columns",
                            l.len(),
                            r.len()
                        ),
                    });
                }
                // Either side may hold the NULL.
                l.into_iter()
                    .zip(r)
                    .map(|(mut a, b)| {
                        a.nullable |= b.nullable;
                        if a.ty.as_ref().map(|t| t.kind) != b.ty.as_ref().map(|t| t.kind) {
                            a.ty = None;
                        }
                        a
                    })
                    .collect()
            }
            SetExpr::Values(v) => {
                let scope = Scope::new(outer);
                let mut cols = Vec::new();
                for (i, row) in v.rows.iter().enumerate() {
                    for (j, e) in row.content.iter().enumerate() {
                        let ty = self.expr(e, &scope);
                        if i == 0 {
                            let at = e.span().start;
                            cols.push(ResultColumn {
                                name: Some(format!("column{}", j + 1)),
                                field: None,
                                ty: ty.ty,
                                nullable: ty.nullable,
                                at: (at.line, at.column),
                                origin: e.to_string(),
                            });
                        }
                    }
                }
                cols
            }
            SetExpr::Insert(st) | SetExpr::Update(st) | SetExpr::Delete(st) => {
                match self.statement(st) {
                    super::Outcome::Rows(cols) => cols,
                    _ => Vec::new(),
                }
            }
            _ => Vec::new(),
        }
    }

    /// LIMIT / OFFSET / FETCH / TOP quantities are integers.
    fn limits(&mut self, q: &Query, outer: Option<&Scope<'_, 's>>) {
        let scope = Scope::new(outer);
        let mut exprs: Vec<&Expr> = Vec::new();
        match &q.limit_clause {
            Some(LimitClause::LimitOffset { limit, offset, .. }) => {
                exprs.extend(limit.iter());
                exprs.extend(offset.iter().map(|o| &o.value));
            }
            Some(LimitClause::OffsetCommaLimit { offset, limit }) => {
                exprs.extend([offset, limit]);
            }
            None => {}
        }
        if let Some(f) = &q.fetch {
            exprs.extend(f.quantity.iter());
        }
        for e in exprs {
            self.typed_expr(e, &scope, &count_type());
        }
    }

    fn select(
        &mut self,
        s: &Select,
        outer: Option<&Scope<'_, 's>>,
        order_by: Option<&OrderBy>,
    ) -> Vec<ResultColumn> {
        let mut scope = Scope::new(outer);
        for twj in &s.from {
            self.add_from(twj, &mut scope);
        }
        if let Some(top) = &s.top
            && let Some(TopQuantity::Expr(e)) = &top.quantity
        {
            let empty = Scope::new(outer);
            self.typed_expr(e, &empty, &count_type());
        }
        if let Some(w) = &s.selection {
            self.expr(w, &scope);
        }
        if let GroupByExpr::Expressions(exprs, _) = &s.group_by {
            for e in exprs {
                self.expr(e, &scope);
            }
        }
        if let Some(h) = &s.having {
            self.expr(h, &scope);
        }
        let cols = self.projection(&s.projection, &scope);
        if let Some(ob) = order_by {
            let aliases: Vec<String> = cols.iter().filter_map(|c| c.name.clone()).collect();
            self.order_by(ob, &scope, &aliases);
        }
        if let Some(into) = &s.into
            && let Some(name) = into.targets.first().and_then(target_name)
        {
            self.locals.push((name, to_dcols(&cols)));
        }
        cols
    }

    fn order_by(&mut self, ob: &OrderBy, scope: &Scope<'_, 's>, aliases: &[String]) {
        let OrderByKind::Expressions(exprs) = &ob.kind else {
            return;
        };
        for o in exprs {
            if let Expr::Identifier(id) = &o.expr {
                let n = self.dialect.norm(id);
                if aliases.iter().any(|a| a.eq_ignore_ascii_case(&n)) {
                    continue;
                }
            }
            self.expr(&o.expr, scope);
        }
    }

    /// Adds a FROM item and its joins to `scope`, checking each ON against what is joined so
    /// far, and marking the sides an outer join makes nullable.
    pub(super) fn add_from(&mut self, twj: &TableWithJoins, scope: &mut Scope<'_, 's>) {
        if let Some(rel) = self.factor(&twj.relation, scope.parent) {
            scope.rels.push(rel);
        }
        for join in &twj.joins {
            self.join(join, scope);
        }
    }

    fn join(&mut self, join: &Join, scope: &mut Scope<'_, 's>) {
        let before = scope.rels.len();
        let lateral = matches!(
            join.join_operator,
            JoinOperator::CrossApply | JoinOperator::OuterApply
        );
        let rel = if lateral {
            // APPLY sees the relations to its left.
            let snapshot = Scope {
                rels: scope.rels.clone(),
                parent: scope.parent,
            };
            self.factor(&join.relation, Some(&snapshot))
        } else {
            self.factor(&join.relation, scope.parent)
        };
        let Some(mut rel) = rel else { return };
        use JoinOperator as J;
        let (left_null, right_null) = match &join.join_operator {
            J::Left(_) | J::LeftOuter(_) | J::OuterApply => (false, true),
            J::Right(_) | J::RightOuter(_) => (true, false),
            J::FullOuter(_) => (true, true),
            _ => (false, false),
        };
        rel.nullable |= right_null;
        if left_null {
            for r in &mut scope.rels[..before] {
                r.nullable = true;
            }
        }
        scope.rels.push(rel);
        let constraint = match &join.join_operator {
            J::Join(c)
            | J::Inner(c)
            | J::Left(c)
            | J::LeftOuter(c)
            | J::Right(c)
            | J::RightOuter(c)
            | J::FullOuter(c)
            | J::CrossJoin(c)
            | J::Semi(c)
            | J::LeftSemi(c)
            | J::RightSemi(c)
            | J::Anti(c)
            | J::LeftAnti(c)
            | J::RightAnti(c) => Some(c),
            _ => None,
        };
        if let Some(sqlparser::ast::JoinConstraint::On(e)) = constraint {
            self.expr(e, scope);
        }
    }

    /// A relation from a table factor: a named table (or CTE, #temp, table variable), a
    /// derived table, or a parenthesised join.
    fn factor(&mut self, f: &TableFactor, outer: Option<&Scope<'_, 's>>) -> Option<Rel<'s>> {
        match f {
            TableFactor::Table { name, alias, .. } => {
                let alias = alias.as_ref().map(|a| &a.name);
                // An unknown table is reported once; its columns are then taken on trust.
                self.relation(name, alias).or_else(|| {
                    let last = idents(name).last().map(|i| self.dialect.norm(i));
                    Some(Rel {
                        name: alias
                            .map(|a| self.dialect.norm(a))
                            .or(last)
                            .unwrap_or_default(),
                        schema: None,
                        shown: name.to_string(),
                        cols: Cols::Any,
                        nullable: false,
                    })
                })
            }
            TableFactor::Derived {
                subquery, alias, ..
            } => {
                let cols = self.query(subquery, outer);
                let mut dcols = to_dcols(&cols);
                let name = alias
                    .as_ref()
                    .map_or_else(String::new, |a| self.dialect.norm(&a.name));
                if let Some(a) = alias {
                    for (d, c) in dcols.iter_mut().zip(&a.columns) {
                        d.name = self.dialect.norm(&c.name);
                    }
                }
                Some(Rel {
                    shown: format!("derived table {name}"),
                    name,
                    schema: None,
                    cols: Cols::Derived(dcols),
                    nullable: false,
                })
            }
            TableFactor::NestedJoin {
                table_with_joins,
                alias,
            } => {
                let mut inner = Scope::new(outer);
                self.add_from(table_with_joins, &mut inner);
                let mut cols = Vec::new();
                for r in &inner.rels {
                    match r.expand() {
                        Some(found) => cols.extend(found.into_iter().map(|f| DCol {
                            name: f.name,
                            ty: f.ty,
                            nullable: f.nullable,
                        })),
                        None => {
                            return Some(Rel {
                                cols: Cols::Any,
                                ..r.clone()
                            });
                        }
                    }
                }
                let name = alias
                    .as_ref()
                    .map_or_else(String::new, |a| self.dialect.norm(&a.name));
                Some(Rel {
                    shown: "a parenthesised join".into(),
                    name,
                    schema: None,
                    cols: Cols::Derived(cols),
                    nullable: false,
                })
            }
            other => {
                let at = other.span();
                self.problem(
                    at,
                    "this kind of FROM item (a table function, UNNEST, PIVOT) is not checked; opt the statement out with `-- sql-check: off`".into(),
                );
                None
            }
        }
    }

    /// The result columns of a projection, `*` and `x.*` expanded.
    pub(super) fn projection(
        &mut self,
        items: &[SelectItem],
        scope: &Scope<'_, 's>,
    ) -> Vec<ResultColumn> {
        let mut cols = Vec::new();
        for item in items {
            match item {
                SelectItem::UnnamedExpr(e) => {
                    let t = self.expr(e, scope);
                    let at = e.span().start;
                    let name = match e {
                        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => t.name.clone(),
                        _ => None,
                    };
                    cols.push(ResultColumn {
                        name,
                        field: t.field.clone(),
                        ty: t.ty,
                        nullable: t.nullable,
                        at: (at.line, at.column),
                        origin: t.origin.unwrap_or_else(|| e.to_string()),
                    });
                }
                SelectItem::ExprWithAlias { expr, alias } => {
                    let t = self.expr(expr, scope);
                    cols.push(ResultColumn {
                        name: Some(self.dialect.norm(alias)),
                        field: None,
                        ty: t.ty,
                        nullable: t.nullable,
                        at: (alias.span.start.line, alias.span.start.column),
                        origin: t.origin.unwrap_or_else(|| expr.to_string()),
                    });
                }
                SelectItem::Wildcard(_) => {
                    let at = item.span().start;
                    for rel in scope.rels.clone() {
                        self.star(&rel, (at.line, at.column), &mut cols);
                    }
                }
                SelectItem::QualifiedWildcard(kind, _) => {
                    let at = item.span().start;
                    let SelectItemQualifiedWildcardKind::ObjectName(name) = kind else {
                        continue;
                    };
                    let parts: Vec<_> = idents(name).into_iter().cloned().collect();
                    let rel = scope
                        .levels()
                        .flat_map(|l| l.rels.iter())
                        .find(|r| r.is_named(self.dialect, &parts))
                        .cloned();
                    match rel {
                        Some(rel) => self.star(&rel, (at.line, at.column), &mut cols),
                        None => {
                            let names: Vec<String> =
                                scope.rels.iter().map(|r| r.name.clone()).collect();
                            let hint =
                                did_you_mean(&name.to_string(), names.iter().map(String::as_str));
                            self.problem(
                                item.span(),
                                format!("unknown table or alias `{name}` before `.*`{hint}"),
                            );
                        }
                    }
                }
                SelectItem::ExprWithAliases { expr, .. } => {
                    self.expr(expr, scope);
                }
            }
        }
        cols
    }

    fn star(&mut self, rel: &Rel<'s>, at: (u64, u64), cols: &mut Vec<ResultColumn>) {
        match rel.expand() {
            Some(found) => cols.extend(found.into_iter().map(|f| ResultColumn {
                name: Some(f.name),
                field: f.field,
                ty: f.ty,
                nullable: f.nullable,
                at,
                origin: f.origin,
            })),
            None => cols.push(ResultColumn {
                name: None,
                field: None,
                ty: None,
                nullable: true,
                at,
                origin: format!("* over {}, which the schema does not model", rel.shown),
            }),
        }
    }
}

/// A derived relation's columns from a query's result.
pub(super) fn to_dcols(cols: &[ResultColumn]) -> Vec<DCol> {
    cols.iter()
        .map(|c| DCol {
            name: c.name.clone().unwrap_or_default(),
            ty: c.ty.clone(),
            nullable: c.nullable,
        })
        .collect()
}

/// The result of a set operation as a relation its ORDER BY can name.
fn result_rel<'s>(cols: &[ResultColumn]) -> Rel<'s> {
    Rel {
        name: String::new(),
        schema: None,
        shown: "the result".into(),
        cols: Cols::Derived(to_dcols(cols)),
        nullable: false,
    }
}

/// The type of a row count (TOP, LIMIT, OFFSET, FETCH).
pub(super) fn count_type() -> TypeInfo {
    TypeInfo {
        kind: Kind::BigInt,
        rust: "i64".into(),
        reference: false,
    }
}

/// The table an `INTO` names (`#temp`, `@k`), folded as T-SQL compares it.
pub(super) fn target_name(e: &Expr) -> Option<String> {
    match e {
        Expr::Identifier(i) => Some(i.value.to_lowercase()),
        Expr::CompoundIdentifier(parts) => parts.last().map(|i| i.value.to_lowercase()),
        _ => None,
    }
}
