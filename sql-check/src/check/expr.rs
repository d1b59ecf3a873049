//! Expressions: column references (qualified or not, ambiguous or unknown), parameters and
//! variables, and the type and nullability of what an expression yields.

use sqlparser::ast::{
    BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, Ident, Spanned, Value,
};
use sqlparser::tokenizer::Span;

use super::literal::{Lit, arity, arity_text, mismatch};
use super::scope::{Found, Match, Scope};
use super::{Checker, param_number, placeholder, type_of};
use crate::problem::did_you_mean;
use crate::{Dialect, Kind, TypeInfo};

/// What the checker knows of an expression's value.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ty {
    pub ty: Option<TypeInfo>,
    pub nullable: bool,
    /// The parameter the expression is, and where.
    pub param: Option<(usize, Span)>,
    /// `dbo.User.Email` for a column.
    pub origin: Option<String>,
    /// The generated field name, for a schema column.
    pub field: Option<String>,
    /// The column's name, for a column.
    pub name: Option<String>,
    /// The literal the expression is, and where.
    pub literal: Option<(Lit, Span)>,
}

impl Ty {
    fn of(kind: Kind, nullable: bool) -> Ty {
        Ty {
            ty: TypeInfo::of(kind),
            nullable,
            ..Ty::default()
        }
    }

    pub(super) fn found(f: Found) -> Ty {
        Ty {
            ty: f.ty,
            nullable: f.nullable,
            param: None,
            origin: Some(f.origin),
            field: f.field,
            name: Some(f.name),
            literal: None,
        }
    }
}

impl<'s> Checker<'s> {
    /// Checks `e` where a value of type `want` is expected (a parameter there gets the type).
    pub(super) fn typed_expr(&mut self, e: &Expr, scope: &Scope<'_, 's>, want: &TypeInfo) -> Ty {
        let t = self.expr(e, scope);
        if let Some((n, span)) = t.param {
            self.use_param(n, span, Some(want), false, None);
        }
        t
    }

    /// Two expressions meet (compared, or one assigned to the other): a parameter on one side
    /// takes the other side's type, and a literal must be a value of a column on the other.
    pub(super) fn meet(&mut self, a: &Ty, b: &Ty) {
        for (p, other) in [(a, b), (b, a)] {
            if let (Some((n, span)), Some(ty)) = (p.param, &other.ty) {
                let origin = other.origin.clone();
                self.use_param(n, span, Some(ty), false, origin.as_deref());
            }
            self.literal_meets(p, other);
        }
    }

    /// A literal compared with or assigned to a schema column must be a value the database
    /// converts to the column's type.
    pub(super) fn literal_meets(&mut self, lit: &Ty, column: &Ty) {
        let (Some((l, span)), Some(ty), Some(origin)) = (&lit.literal, &column.ty, &column.origin)
        else {
            return;
        };
        if let Some(why) = mismatch(self.dialect, l, ty.kind) {
            let shown = l.shown();
            self.problem(
                *span,
                format!("the literal {shown} is not a value of `{origin}`, {why}"),
            );
        }
    }

    /// Checks an expression and tells what it yields.
    pub(super) fn expr(&mut self, e: &Expr, scope: &Scope<'_, 's>) -> Ty {
        match e {
            Expr::Identifier(id) => self.identifier(id, scope),
            Expr::CompoundIdentifier(parts) => self.qualified(parts, scope),
            Expr::Value(v) => self.value(&v.value, v.span),
            Expr::Nested(inner) => self.expr(inner, scope),
            Expr::BinaryOp { left, op, right } => {
                let l = self.expr(left, scope);
                let r = self.expr(right, scope);
                self.meet(&l, &r);
                binary_type(op, &l, &r)
            }
            Expr::UnaryOp { expr, op } => {
                let t = self.expr(expr, scope);
                let literal = match op {
                    sqlparser::ast::UnaryOperator::Minus => {
                        t.literal.as_ref().map(|(l, span)| (l.negated(), *span))
                    }
                    sqlparser::ast::UnaryOperator::Plus => t.literal.clone(),
                    _ => None,
                };
                match op {
                    sqlparser::ast::UnaryOperator::Not => Ty::of(Kind::Bool, t.nullable),
                    _ => Ty {
                        param: None,
                        origin: None,
                        field: None,
                        name: None,
                        literal,
                        ..t
                    },
                }
            }
            Expr::IsNull(x) | Expr::IsNotNull(x) | Expr::IsTrue(x) | Expr::IsFalse(x) => {
                self.expr(x, scope);
                Ty::of(Kind::Bool, false)
            }
            Expr::IsNotTrue(x)
            | Expr::IsNotFalse(x)
            | Expr::IsUnknown(x)
            | Expr::IsNotUnknown(x) => {
                self.expr(x, scope);
                Ty::of(Kind::Bool, false)
            }
            Expr::IsDistinctFrom(a, b) | Expr::IsNotDistinctFrom(a, b) => {
                let (l, r) = (self.expr(a, scope), self.expr(b, scope));
                self.meet(&l, &r);
                Ty::of(Kind::Bool, false)
            }
            Expr::InList { expr, list, .. } => {
                let l = self.expr(expr, scope);
                for item in list {
                    let r = self.expr(item, scope);
                    self.meet(&l, &r);
                }
                Ty::of(Kind::Bool, l.nullable)
            }
            Expr::InSubquery { expr, subquery, .. } => {
                let l = self.expr(expr, scope);
                let cols = self.query(subquery, Some(scope));
                if let Some(c) = cols.first() {
                    let r = Ty {
                        ty: c.ty.clone(),
                        origin: Some(c.origin.clone()),
                        ..Ty::default()
                    };
                    self.meet(&l, &r);
                }
                Ty::of(Kind::Bool, l.nullable)
            }
            Expr::Between {
                expr, low, high, ..
            } => {
                let x = self.expr(expr, scope);
                for bound in [low, high] {
                    let b = self.expr(bound, scope);
                    self.meet(&x, &b);
                }
                Ty::of(Kind::Bool, x.nullable)
            }
            Expr::Like {
                expr,
                pattern,
                escape_char,
                ..
            }
            | Expr::ILike {
                expr,
                pattern,
                escape_char,
                ..
            } => {
                let x = self.expr(expr, scope);
                let text = TypeInfo::of(Kind::Text).unwrap_or_else(super::query::count_type);
                self.typed_expr(pattern, scope, &text);
                if let Some(esc) = escape_char {
                    self.expr(esc, scope);
                }
                Ty::of(Kind::Bool, x.nullable)
            }
            Expr::AnyOp { left, right, .. } | Expr::AllOp { left, right, .. } => {
                self.expr(left, scope);
                self.expr(right, scope);
                Ty::of(Kind::Bool, true)
            }
            Expr::Cast {
                expr, data_type, ..
            } => {
                let inner = self.expr(expr, scope);
                let ty = type_of(data_type);
                if let (Some((n, span)), Some(t)) = (inner.param, &ty) {
                    self.use_param(n, span, Some(t), true, Some("a CAST"));
                }
                Ty {
                    ty,
                    nullable: inner.nullable,
                    ..Ty::default()
                }
            }
            Expr::Convert {
                expr,
                data_type,
                styles,
                ..
            } => {
                let inner = self.expr(expr, scope);
                for s in styles {
                    self.expr(s, scope);
                }
                Ty {
                    ty: data_type.as_ref().and_then(type_of),
                    nullable: inner.nullable,
                    ..Ty::default()
                }
            }
            Expr::AtTimeZone {
                timestamp,
                time_zone,
            } => {
                let t = self.expr(timestamp, scope);
                self.expr(time_zone, scope);
                Ty {
                    ty: None,
                    nullable: t.nullable,
                    ..Ty::default()
                }
            }
            Expr::Extract { expr, .. } | Expr::Ceil { expr, .. } | Expr::Floor { expr, .. } => {
                let t = self.expr(expr, scope);
                Ty {
                    ty: None,
                    nullable: t.nullable,
                    ..Ty::default()
                }
            }
            Expr::Substring {
                expr,
                substring_from,
                substring_for,
                ..
            } => {
                let t = self.expr(expr, scope);
                for x in [substring_from, substring_for].into_iter().flatten() {
                    self.expr(x, scope);
                }
                Ty::of(Kind::Text, t.nullable)
            }
            Expr::Trim {
                expr,
                trim_what,
                trim_characters,
                ..
            } => {
                let t = self.expr(expr, scope);
                if let Some(w) = trim_what {
                    self.expr(w, scope);
                }
                for c in trim_characters.iter().flatten() {
                    self.expr(c, scope);
                }
                Ty::of(Kind::Text, t.nullable)
            }
            Expr::Collate { expr, .. } => self.expr(expr, scope),
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => self.case(
                operand.as_deref(),
                conditions,
                else_result.as_deref(),
                scope,
            ),
            Expr::Exists { subquery, .. } => {
                self.query(subquery, Some(scope));
                Ty::of(Kind::Bool, false)
            }
            Expr::Subquery(q) => {
                let cols = self.query(q, Some(scope));
                match cols.as_slice() {
                    [one] => Ty {
                        ty: one.ty.clone(),
                        nullable: true,
                        ..Ty::default()
                    },
                    _ => Ty::default(),
                }
            }
            Expr::Tuple(items) => {
                for i in items {
                    self.expr(i, scope);
                }
                Ty::default()
            }
            Expr::Function(f) => self.function(f, scope),
            Expr::TypedString(ts) => Ty {
                ty: type_of(&ts.data_type),
                ..Ty::default()
            },
            Expr::Interval(_) => Ty::default(),
            other => {
                self.problem(
                    other.span(),
                    format!(
                        "the checker does not look into `{other}`; opt the statement out with `-- sql-check: off` if it is right"
                    ),
                );
                Ty::default()
            }
        }
    }

    fn case(
        &mut self,
        operand: Option<&Expr>,
        conditions: &[sqlparser::ast::CaseWhen],
        else_result: Option<&Expr>,
        scope: &Scope<'_, 's>,
    ) -> Ty {
        let op = operand.map(|o| self.expr(o, scope));
        let mut result: Option<Ty> = None;
        let mut nullable = else_result.is_none();
        for w in conditions {
            let c = self.expr(&w.condition, scope);
            if let Some(op) = &op {
                self.meet(op, &c);
            }
            let r = self.expr(&w.result, scope);
            nullable |= r.nullable;
            result.get_or_insert(r);
        }
        if let Some(e) = else_result {
            let r = self.expr(e, scope);
            nullable |= r.nullable;
            if let Some(first) = &result {
                self.meet(first, &r);
            }
        }
        Ty {
            ty: result.and_then(|r| r.ty),
            nullable,
            ..Ty::default()
        }
    }

    fn value(&mut self, v: &Value, span: Span) -> Ty {
        let literal = |kind: Kind, lit: Lit| Ty {
            literal: Some((lit, span)),
            ..Ty::of(kind, false)
        };
        match v {
            Value::Number(n, _) => {
                let kind = if n.contains(['.', 'e', 'E']) {
                    Kind::Decimal
                } else if n.parse::<i32>().is_ok() {
                    Kind::Int
                } else {
                    Kind::BigInt
                };
                literal(kind, Lit::Number(n.clone()))
            }
            Value::SingleQuotedString(s)
            | Value::NationalStringLiteral(s)
            | Value::EscapedStringLiteral(s) => literal(Kind::Text, Lit::Text(s.clone())),
            Value::DollarQuotedString(d) => literal(Kind::Text, Lit::Text(d.value.clone())),
            Value::Boolean(b) => literal(Kind::Bool, Lit::Bool(*b)),
            Value::Null => Ty {
                nullable: true,
                ..Ty::default()
            },
            other => match placeholder(other) {
                Some(p) => self.placeholder_ty(p, span),
                None => Ty::default(),
            },
        }
    }

    fn placeholder_ty(&mut self, p: &str, span: Span) -> Ty {
        match (self.dialect, param_number(p)) {
            (Dialect::Postgres, Some(n)) if p.starts_with('$') => {
                self.use_param(n, span, None, false, None);
                Ty {
                    param: Some((n, span)),
                    nullable: true,
                    ..Ty::default()
                }
            }
            _ => {
                let want = match self.dialect {
                    Dialect::Mssql => "@P1, @P2, …",
                    Dialect::Postgres => "$1, $2, …",
                };
                self.problem(span, format!("parameter `{p}`: write parameters as {want}"));
                Ty::default()
            }
        }
    }

    /// An unqualified name: a T-SQL variable or parameter, or a column of exactly one
    /// relation in scope (the innermost level that has it).
    fn identifier(&mut self, id: &Ident, scope: &Scope<'_, 's>) -> Ty {
        if id.value.starts_with('@') && id.quote_style.is_none() {
            return self.variable(id);
        }
        for level in scope.levels() {
            let hits: Vec<(usize, Match, Found)> = level
                .rels
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.column(self.dialect, id).map(|(m, f)| (i, m, f)))
                .collect();
            let typed: Vec<&(usize, Match, Found)> = hits
                .iter()
                .filter(|(i, _, _)| !matches!(level.rels[*i].cols, super::scope::Cols::Any))
                .collect();
            match (typed.as_slice(), hits.as_slice()) {
                ([], []) => continue,
                ([one], _) => {
                    let (_, m, f) = (*one).clone();
                    if m == Match::CaseOnly {
                        self.case_problem(id, &f.name);
                    }
                    return Ty::found(f);
                }
                ([], [first, ..]) => return Ty::found(first.2.clone()),
                (many, _) => {
                    let places: Vec<String> = many
                        .iter()
                        .map(|(i, _, _)| format!("`{}`", level.rels[*i].shown))
                        .collect();
                    self.problem(
                        id.span,
                        format!(
                            "column `{}` is ambiguous: it is in {}; qualify it with the table's alias",
                            id.value,
                            places.join(" and ")
                        ),
                    );
                    return Ty::found(many[0].2.clone());
                }
            }
        }
        let names: Vec<&str> = scope
            .levels()
            .flat_map(|l| l.rels.iter())
            .flat_map(|r| r.names())
            .collect();
        let hint = did_you_mean(&id.value, names.iter().copied());
        let tables: Vec<String> = scope
            .rels
            .iter()
            .map(|r| format!("`{}`", r.shown))
            .collect();
        let place = if tables.is_empty() {
            "no table is in scope".to_owned()
        } else {
            format!("not a column of {}", tables.join(", "))
        };
        self.problem(
            id.span,
            format!("unknown column `{}`: {place}{hint}", id.value),
        );
        Ty::default()
    }

    /// `alias.column`, `table.column` or `schema.table.column`.
    fn qualified(&mut self, parts: &[Ident], scope: &Scope<'_, 's>) -> Ty {
        let Some((col, qualifier)) = parts.split_last() else {
            return Ty::default();
        };
        if qualifier.is_empty() {
            return self.identifier(col, scope);
        }
        let rel = scope
            .levels()
            .flat_map(|l| l.rels.iter())
            .find(|r| r.is_named(self.dialect, qualifier));
        let Some(rel) = rel else {
            let q: Vec<&str> = qualifier.iter().map(|i| i.value.as_str()).collect();
            let names: Vec<String> = scope
                .levels()
                .flat_map(|l| l.rels.iter())
                .map(|r| r.name.clone())
                .collect();
            let hint = did_you_mean(&q.join("."), names.iter().map(String::as_str));
            let at = qualifier.last().map_or(col.span, |i| i.span);
            self.problem(
                at,
                format!(
                    "unknown table or alias `{}`: nothing in the FROM clause is called that{hint}",
                    q.join(".")
                ),
            );
            return Ty::default();
        };
        match rel.column(self.dialect, col) {
            Some((m, f)) => {
                if m == Match::CaseOnly {
                    self.case_problem(col, &f.name);
                }
                Ty::found(f)
            }
            None => {
                let names = rel.names();
                let hint = did_you_mean(&col.value, names.iter().copied());
                let shown = rel.shown.clone();
                self.problem(
                    col.span,
                    format!("unknown column `{}` in `{shown}`{hint}", col.value),
                );
                Ty::default()
            }
        }
    }

    /// `@P1` (a parameter) or `@name` (a variable the batch declares).
    fn variable(&mut self, id: &Ident) -> Ty {
        if let Some(n) = param_number(&id.value) {
            if self.dialect == Dialect::Postgres {
                self.problem(
                    id.span,
                    format!(
                        "parameter `{}`: write parameters as $1, $2, … on PostgreSQL",
                        id.value
                    ),
                );
                return Ty::default();
            }
            self.use_param(n, id.span, None, false, None);
            return Ty {
                param: Some((n, id.span)),
                nullable: true,
                ..Ty::default()
            };
        }
        let lower = id.value.to_lowercase();
        if let Some((_, ty)) = self.variables.iter().find(|(v, _)| *v == lower) {
            return Ty {
                ty: ty.clone(),
                nullable: true,
                ..Ty::default()
            };
        }
        self.problem(
            id.span,
            format!(
                "`{}` is neither a parameter (@P1, @P2, …) nor a variable DECLAREd in this statement",
                id.value
            ),
        );
        Ty::default()
    }

    fn function(&mut self, f: &sqlparser::ast::Function, scope: &Scope<'_, 's>) -> Ty {
        let mut args: Vec<Ty> = Vec::new();
        let mut star = false;
        match &f.args {
            FunctionArguments::List(list) => {
                for a in &list.args {
                    let ae = match a {
                        FunctionArg::Named { arg, .. }
                        | FunctionArg::ExprNamed { arg, .. }
                        | FunctionArg::Unnamed(arg) => arg,
                    };
                    match ae {
                        FunctionArgExpr::Expr(e) => args.push(self.expr(e, scope)),
                        _ => star = true,
                    }
                }
            }
            FunctionArguments::Subquery(q) => {
                self.query(q, Some(scope));
            }
            FunctionArguments::None => {}
        }
        let name = f
            .name
            .0
            .last()
            .map(|p| p.to_string().to_lowercase())
            .unwrap_or_default();
        let given = args.len() + usize::from(star);
        // Only a plain call: `count(*) OVER (…)` and `WITHIN GROUP` keep their own rules.
        let plain = f.over.is_none() && f.within_group.is_empty() && f.name.0.len() == 1;
        if let Some(range) = arity(self.dialect, &name).filter(|_| plain)
            && (given < range.0 || given > range.1)
        {
            self.problem(
                f.name.span(),
                format!("`{name}` {}, not {given}", arity_text(range)),
            );
        }
        function_type(self.dialect, &name, &args)
    }
}

/// The type a function yields, for the functions whose type follows from their arguments.
fn function_type(dialect: Dialect, name: &str, args: &[Ty]) -> Ty {
    let first = args.first().cloned().unwrap_or_default();
    let same = |nullable: bool| Ty {
        ty: first.ty.clone(),
        nullable,
        ..Ty::default()
    };
    let first_kind = first.ty.as_ref().map(|t| t.kind);
    match name {
        "count" => Ty::of(
            match dialect {
                Dialect::Mssql => Kind::Int,
                Dialect::Postgres => Kind::BigInt,
            },
            false,
        ),
        "count_big" => Ty::of(Kind::BigInt, false),
        "min" | "max" => Ty {
            ty: first
                .ty
                .clone()
                .filter(|t| !t.reference)
                .or_else(|| first.ty.as_ref().and_then(|t| TypeInfo::of(t.kind))),
            nullable: true,
            ..Ty::default()
        },
        "sum" => Ty {
            ty: first_kind.and_then(|k| TypeInfo::of(sum_kind(dialect, k))),
            nullable: true,
            ..Ty::default()
        },
        "avg" => Ty {
            ty: first_kind.and_then(|k| TypeInfo::of(avg_kind(dialect, k))),
            nullable: true,
            ..Ty::default()
        },
        "coalesce" | "isnull" => same(args.iter().all(|a| a.nullable)),
        "lower" | "upper" | "ltrim" | "rtrim" | "trim" | "concat" | "replace" | "left"
        | "right" => Ty::of(Kind::Text, first.nullable && name != "concat"),
        "len" | "length" | "char_length" => Ty::of(Kind::Int, first.nullable),
        "getutcdate" | "getdate" | "sysutcdatetime" | "sysdatetime" => {
            Ty::of(Kind::DateTime, false)
        }
        "newid" | "gen_random_uuid" => Ty::of(Kind::Uuid, false),
        _ => Ty {
            nullable: true,
            ..Ty::default()
        },
    }
}

fn sum_kind(dialect: Dialect, k: Kind) -> Kind {
    match (dialect, k) {
        (Dialect::Postgres, Kind::Int | Kind::SmallInt | Kind::TinyInt) => Kind::BigInt,
        (Dialect::Postgres, Kind::BigInt) => Kind::Decimal,
        (Dialect::Mssql, Kind::SmallInt | Kind::TinyInt) => Kind::Int,
        (_, k) => k,
    }
}

fn avg_kind(dialect: Dialect, k: Kind) -> Kind {
    match (dialect, k) {
        (Dialect::Postgres, Kind::Int | Kind::SmallInt | Kind::TinyInt | Kind::BigInt) => {
            Kind::Decimal
        }
        (Dialect::Mssql, Kind::SmallInt | Kind::TinyInt) => Kind::Int,
        (_, k) => k,
    }
}

/// Comparisons and logic yield booleans; arithmetic keeps the left side's type.
fn binary_type(op: &BinaryOperator, l: &Ty, r: &Ty) -> Ty {
    use BinaryOperator as B;
    let nullable = l.nullable || r.nullable;
    match op {
        B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::And | B::Or => {
            Ty::of(Kind::Bool, nullable)
        }
        B::StringConcat => Ty::of(Kind::Text, nullable),
        _ => Ty {
            ty: l
                .ty
                .clone()
                .or_else(|| r.ty.clone())
                .filter(|t| !t.reference),
            nullable,
            ..Ty::default()
        },
    }
}
