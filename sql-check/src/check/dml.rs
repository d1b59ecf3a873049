//! INSERT, UPDATE and DELETE: the target table, its columns, the values assigned to them
//! (parameters take the column's type), and OUTPUT (T-SQL, `INSERTED.` / `DELETED.`) or
//! RETURNING (PostgreSQL) as the statement's result.

use sqlparser::ast::{
    AssignmentTarget, Delete, FromTable, Insert, OutputClause, SelectItem, SetExpr, Spanned,
    TableObject, Update, UpdateTableFromKind,
};

use super::expr::Ty;
use super::scope::{Cols, Found, Match, Rel, Scope};
use super::{Checker, Outcome, idents};
use crate::problem::did_you_mean;
use crate::{ColumnDef, Dialect, Problem, TableDef};

impl<'s> Checker<'s> {
    pub(super) fn insert(&mut self, ins: &Insert) -> Outcome {
        let TableObject::TableName(name) = &ins.table else {
            return Outcome::Unchecked("INSERT INTO a function");
        };
        let alias = ins.table_alias.as_ref().map(|a| &a.alias);
        let Some(target) = self.relation(name, alias) else {
            return Outcome::Done;
        };
        let mut columns: Vec<Option<Found>> = Vec::new();
        for c in &ins.columns {
            let parts = idents(c);
            let Some(id) = parts.last() else { continue };
            columns.push(self.target_column(&target, id));
        }
        match (&target.cols, ins.columns.is_empty(), &ins.source) {
            (Cols::Table(table), true, Some(source)) => self.insert_implicit(source, table),
            _ => {
                self.required_columns(&target, &columns, ins.insert_token.0.span);
                if let Some(source) = &ins.source {
                    self.insert_source(source, &columns);
                }
            }
        }
        let scope = Scope {
            rels: vec![target],
            parent: None,
        };
        self.dml_result(
            &scope,
            ins.output.as_ref(),
            ins.returning.as_deref(),
            "INSERTED",
            None,
        )
    }

    /// Values rows must match the column list; each value meets its column.
    fn insert_source(&mut self, source: &sqlparser::ast::Query, columns: &[Option<Found>]) {
        let SetExpr::Values(values) = source.body.as_ref() else {
            let cols = self.query(source, None);
            if !columns.is_empty() && cols.len() != columns.len() {
                let at = cols
                    .first()
                    .map_or((self.last.line, self.last.column), |c| c.at);
                self.problems.push(Problem {
                    line: at.0,
                    column: at.1,
                    message: format!(
                        "the SELECT returns {} columns for the {} columns the INSERT names",
                        cols.len(),
                        columns.len()
                    ),
                });
            }
            return;
        };
        for row in &values.rows {
            if !columns.is_empty() && row.content.len() != columns.len() {
                self.problem(
                    row.opening_token.0.span,
                    format!(
                        "this VALUES row has {} values for the {} columns the INSERT names",
                        row.content.len(),
                        columns.len()
                    ),
                );
            }
        }
        self.values_rows(values, columns);
    }

    /// An INSERT without a column list fills the table's columns in order: on SQL Server every
    /// column but the identity, exactly; on PostgreSQL the first ones, the rest taking their
    /// defaults (so those must have one, or allow NULL).
    fn insert_implicit(&mut self, source: &sqlparser::ast::Query, table: &TableDef<'s>) {
        let all = self.dialect == Dialect::Postgres;
        let cols: Vec<&ColumnDef<'s>> = table.columns.iter().filter(|c| all || !c.auto).collect();
        let rel = Rel {
            name: table.name.to_owned(),
            schema: Some(table.schema.to_owned()),
            shown: table.qualified(),
            cols: Cols::Table(table),
            nullable: false,
        };
        let found: Vec<Option<Found>> = cols
            .iter()
            .map(|c| {
                let id = sqlparser::ast::Ident::new(c.name);
                rel.column(Dialect::Mssql, &id).map(|(_, f)| f)
            })
            .collect();
        let (widths, what) = match source.body.as_ref() {
            SetExpr::Values(values) => {
                let rows = values
                    .rows
                    .iter()
                    .map(|r| (r.content.len(), r.opening_token.0.span))
                    .collect();
                (rows, "this VALUES row has")
            }
            _ => {
                let width = self.query(source, None).len();
                (vec![(width, source.span())], "the SELECT returns")
            }
        };
        let values = |n: usize| format!("{n} value{}", if n == 1 { "" } else { "s" });
        let shown = table.qualified();
        let filled = if all {
            format!("`{shown}` has {} columns", cols.len())
        } else {
            format!("`{shown}` has {} columns besides the identity", cols.len())
        };
        for (n, span) in widths {
            if n > cols.len() || (!all && n < cols.len()) {
                self.problem(
                    span,
                    format!(
                        "{what} {}, but {filled}: an INSERT without a column list fills them in order; name the columns",
                        values(n)
                    ),
                );
                continue;
            }
            let left_out: Vec<String> = cols[n..]
                .iter()
                .filter(|c| !c.optional_on_insert)
                .map(|c| format!("`{}`", c.name))
                .collect();
            if !left_out.is_empty() {
                self.problem(
                    span,
                    format!(
                        "{what} {}, which leaves out {}, NOT NULL without a default; name the columns",
                        values(n),
                        left_out.join(", ")
                    ),
                );
            }
        }
        if let SetExpr::Values(values) = source.body.as_ref() {
            self.values_rows(values, &found);
        }
    }

    /// Each value of each row meets its column.
    fn values_rows(&mut self, values: &sqlparser::ast::Values, columns: &[Option<Found>]) {
        let empty = Scope::new(None);
        for row in &values.rows {
            for (i, value) in row.content.iter().enumerate() {
                let t = self.expr(value, &empty);
                if let Some(Some(col)) = columns.get(i) {
                    self.assign(&t, col);
                }
            }
        }
    }

    /// An INSERT that names its columns must name every column that has no default.
    fn required_columns(
        &mut self,
        target: &Rel<'s>,
        named: &[Option<Found>],
        at: sqlparser::tokenizer::Span,
    ) {
        let Cols::Table(table) = &target.cols else {
            return;
        };
        if named.is_empty() {
            return;
        }
        let missing: Vec<&str> = table
            .columns
            .iter()
            .filter(|c| !c.optional_on_insert)
            .filter(|c| {
                !named
                    .iter()
                    .flatten()
                    .any(|f| f.name.eq_ignore_ascii_case(c.name))
            })
            .map(|c| c.name)
            .collect();
        if !missing.is_empty() {
            self.problem(
                at,
                format!(
                    "the INSERT into `{}` leaves out {}, which {} NOT NULL without a default",
                    table.qualified(),
                    missing
                        .iter()
                        .map(|m| format!("`{m}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if missing.len() == 1 { "is" } else { "are" }
                ),
            );
        }
    }

    /// A value assigned to a column: a parameter there takes the column's type and may be
    /// NULL when the column may.
    fn assign(&mut self, value: &Ty, col: &Found) {
        if let (Some((n, span)), Some(ty)) = (value.param, &col.ty) {
            self.use_param(n, span, Some(ty), col.nullable, Some(&col.origin));
        }
        self.literal_meets(value, &Ty::found(col.clone()));
    }

    /// A column of the statement's target table (unknown ones are reported).
    fn target_column(&mut self, target: &Rel<'s>, id: &sqlparser::ast::Ident) -> Option<Found> {
        match target.column(self.dialect, id) {
            Some((m, f)) => {
                if m == Match::CaseOnly {
                    self.case_problem(id, &f.name);
                }
                Some(f)
            }
            None => {
                let names = target.names();
                let hint = did_you_mean(&id.value, names.iter().copied());
                self.problem(
                    id.span,
                    format!("unknown column `{}` in `{}`{hint}", id.value, target.shown),
                );
                None
            }
        }
    }

    pub(super) fn update(&mut self, up: &Update) -> Outcome {
        let mut scope = Scope::new(None);
        let from = match &up.from {
            Some(UpdateTableFromKind::AfterSet(f) | UpdateTableFromKind::BeforeSet(f)) => {
                f.as_slice()
            }
            None => &[],
        };
        // T-SQL's `UPDATE u SET … FROM dbo.[User] AS u JOIN …` names an alias of its FROM.
        for twj in from {
            self.add_from(twj, &mut scope);
        }
        let target = self.dml_target(&up.table.relation, &mut scope);
        for j in &up.table.joins {
            let mut joined = Scope::new(None);
            joined.rels.append(&mut scope.rels);
            let twj = sqlparser::ast::TableWithJoins {
                relation: j.relation.clone(),
                joins: Vec::new(),
            };
            self.add_from(&twj, &mut joined);
            scope.rels = joined.rels;
        }
        let Some(target) = target else {
            return Outcome::Done;
        };
        for a in &up.assignments {
            let t = self.expr(&a.value, &scope);
            let names: Vec<&sqlparser::ast::ObjectName> = match &a.target {
                AssignmentTarget::ColumnName(n) => vec![n],
                AssignmentTarget::Tuple(ns) => ns.iter().collect(),
            };
            for n in names {
                if let Some(id) = idents(n).last()
                    && let Some(col) = self.target_column(&target, id)
                {
                    self.assign(&t, &col);
                }
            }
        }
        if let Some(w) = &up.selection {
            self.expr(w, &scope);
        }
        let out_scope = Scope {
            rels: scope.rels.clone(),
            parent: None,
        };
        self.dml_result(
            &out_scope,
            up.output.as_ref(),
            up.returning.as_deref(),
            "INSERTED",
            Some(&target),
        )
    }

    /// The table an UPDATE or DELETE changes: an alias of its FROM clause when it names one,
    /// else a table added to the scope.
    fn dml_target(
        &mut self,
        factor: &sqlparser::ast::TableFactor,
        scope: &mut Scope<'_, 's>,
    ) -> Option<Rel<'s>> {
        if let sqlparser::ast::TableFactor::Table { name, alias, .. } = factor {
            let parts: Vec<_> = idents(name).into_iter().cloned().collect();
            if alias.is_none()
                && parts.len() == 1
                && let Some(r) = scope.rels.iter().find(|r| r.is_named(self.dialect, &parts))
            {
                return Some(r.clone());
            }
            let rel = self.relation(name, alias.as_ref().map(|a| &a.name))?;
            scope.rels.insert(0, rel.clone());
            return Some(rel);
        }
        None
    }

    pub(super) fn delete(&mut self, del: &Delete) -> Outcome {
        let mut scope = Scope::new(None);
        let from = match &del.from {
            FromTable::WithFromKeyword(f) | FromTable::WithoutKeyword(f) => f,
        };
        let target = if let Some(t) = del.tables.first() {
            for twj in from {
                self.add_from(twj, &mut scope);
            }
            let factor = sqlparser::ast::TableFactor::Table {
                name: t.clone(),
                alias: None,
                args: None,
                with_hints: Vec::new(),
                version: None,
                with_ordinality: false,
                partitions: Vec::new(),
                json_path: None,
                sample: None,
                index_hints: Vec::new(),
            };
            self.dml_target(&factor, &mut scope)
        } else {
            for twj in from {
                self.add_from(twj, &mut scope);
            }
            scope.rels.first().cloned()
        };
        for twj in del.using.iter().flatten() {
            self.add_from(twj, &mut scope);
        }
        if let Some(w) = &del.selection {
            self.expr(w, &scope);
        }
        let Some(target) = target else {
            return Outcome::Done;
        };
        let out_scope = Scope {
            rels: scope.rels.clone(),
            parent: None,
        };
        self.dml_result(
            &out_scope,
            del.output.as_ref(),
            del.returning.as_deref(),
            "DELETED",
            Some(&target),
        )
    }

    /// OUTPUT (T-SQL: the target as `INSERTED` / `DELETED`, rows returned unless `INTO`) or
    /// RETURNING (PostgreSQL: the statement's relations).
    fn dml_result(
        &mut self,
        scope: &Scope<'_, 's>,
        output: Option<&OutputClause>,
        returning: Option<&[SelectItem]>,
        pseudo: &str,
        target: Option<&Rel<'s>>,
    ) -> Outcome {
        if let Some(items) = returning {
            if self.dialect == Dialect::Mssql {
                self.problem(
                    items.first().map_or(self.span_now(), |i| i.span()),
                    "T-SQL has no RETURNING; use OUTPUT INSERTED.…".into(),
                );
            }
            return Outcome::Rows(self.projection(items, scope));
        }
        let Some(out) = output else {
            return Outcome::Done;
        };
        let (items, into) = match out {
            OutputClause::Output {
                select_items,
                into_table,
                ..
            } => (select_items, into_table.as_ref()),
            OutputClause::Returning { select_items, .. } => (select_items, None),
        };
        let base = target.cloned().or_else(|| scope.rels.first().cloned());
        let mut out_scope = Scope::new(Some(scope));
        if let Some(base) = base {
            let mut names = vec![pseudo];
            if pseudo == "INSERTED" && target.is_some() {
                names.push("DELETED");
            }
            for n in names {
                out_scope.rels.push(Rel {
                    name: n.to_lowercase(),
                    schema: None,
                    shown: format!("{n} ({})", base.shown),
                    ..base.clone()
                });
            }
        }
        let cols = self.projection(items, &out_scope);
        match into.and_then(|i| i.targets.first()) {
            Some(t) => {
                if let Some(name) = super::query::target_name(t)
                    && !self.locals.iter().any(|(l, _)| *l == name)
                    && name.starts_with(['#', '@'])
                {
                    self.problem(
                        t.span(),
                        format!("`{t}` is not defined in this statement: DECLARE it as a table variable first"),
                    );
                }
                Outcome::Done
            }
            None => Outcome::Rows(cols),
        }
    }

    fn span_now(&self) -> sqlparser::tokenizer::Span {
        sqlparser::tokenizer::Span::new(self.last, self.last)
    }
}
