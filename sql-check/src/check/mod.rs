//! The checker: parses a batch, walks each statement with the scopes its names live in, and
//! collects problems, parameter uses and result columns.

mod dml;
mod expr;
mod literal;
mod query;
mod scope;

use std::collections::BTreeMap;

use sqlparser::ast::{DataType, Ident, ObjectName, ObjectNamePart, ObjectType, Statement, Value};
use sqlparser::dialect::{MsSqlDialect, PostgreSqlDialect};
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Location, Span};

use crate::problem::did_you_mean;
use crate::schema::Schema;
use crate::{Checked, Dialect, Param, Problem, ResultColumn, TypeInfo};
use scope::{Cols, DCol, Match, Rel};

/// Checks the statements in `sql` against `schema`. Problems come back in statement order,
/// each with its line and column inside `sql`; an unparseable text is one problem saying so.
pub fn check(schema: &Schema<'_>, sql: &str, dialect: Dialect) -> Result<Checked, Vec<Problem>> {
    run(schema, sql, dialect, false)
}

/// Like [`check`] for a script of separate statements (a `.sql` file): each statement
/// numbers its own parameters, where a batch shares them.
pub fn check_script(
    schema: &Schema<'_>,
    sql: &str,
    dialect: Dialect,
) -> Result<Checked, Vec<Problem>> {
    run(schema, sql, dialect, true)
}

fn run(
    schema: &Schema<'_>,
    sql: &str,
    dialect: Dialect,
    separate: bool,
) -> Result<Checked, Vec<Problem>> {
    let statements = match dialect {
        Dialect::Mssql => Parser::parse_sql(&MsSqlDialect {}, sql),
        Dialect::Postgres => Parser::parse_sql(&PostgreSqlDialect {}, sql),
    }
    .map_err(|e| vec![parse_problem(&e.to_string(), dialect)])?;
    let mut cx = Checker {
        schema,
        dialect,
        problems: Vec::new(),
        params: BTreeMap::new(),
        ctes: Vec::new(),
        locals: Vec::new(),
        variables: Vec::new(),
        last: Location { line: 1, column: 1 },
    };
    let mut columns = None;
    let mut unchecked = Vec::new();
    let mut extra_results = Vec::new();
    let mut params = Vec::new();
    for st in &statements {
        match cx.statement(st) {
            Outcome::Rows(cols) if columns.is_none() => columns = Some(cols),
            Outcome::Rows(cols) => extra_results.push(Problem {
                line: cols.first().map_or(cx.last.line, |c| c.at.0),
                column: cols.first().map_or(cx.last.column, |c| c.at.1),
                message: "a second statement returns rows".into(),
            }),
            Outcome::Done => {}
            Outcome::Unchecked(kind) => unchecked.push(Problem {
                line: cx.last.line,
                column: cx.last.column,
                message: format!("{kind} statements are not checked"),
            }),
        }
        if separate {
            params = cx.finish_params();
        }
    }
    if !separate {
        params = cx.finish_params();
    }
    if !cx.problems.is_empty() {
        cx.problems.sort_by_key(|p| (p.line, p.column));
        return Err(cx.problems);
    }
    Ok(Checked {
        statements: statements.len(),
        columns,
        params,
        unchecked,
        extra_results,
    })
}

/// Whether `text` (a string found in source code) is a statement to check: it starts like
/// one, parses in the dialect it looks like (or else in the other), and names a schema or a
/// table of `schema` (so that SQL for other databases, and prose, is left alone). Returns the
/// dialect it parsed in.
pub fn candidate(schema: &Schema<'_>, text: &str) -> Option<Dialect> {
    const STARTS: &[&str] = &[
        "select", "insert", "update", "delete", "with", "declare", "merge",
    ];
    let head: String = text
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    if !STARTS.contains(&head.as_str()) {
        return None;
    }
    let guess = Dialect::guess(text);
    let dialect = [guess, guess.other()].into_iter().find(|d| match d {
        Dialect::Mssql => Parser::parse_sql(&MsSqlDialect {}, text).is_ok(),
        Dialect::Postgres => Parser::parse_sql(&PostgreSqlDialect {}, text).is_ok(),
    })?;
    let tokens = sqlparser::tokenizer::Tokenizer::new(&MsSqlDialect {}, text)
        .tokenize()
        .ok()?;
    // A schema-qualified name (`dbo.`, `[ref].`) or a quoted table name: prose that happens
    // to parse ("select a user from the list") names neither.
    use sqlparser::tokenizer::Token;
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let names_schema = words.iter().enumerate().any(|(i, t)| match t {
        Token::Word(w) => {
            let qualifier = matches!(words.get(i + 1), Some(Token::Period))
                && schema
                    .tables
                    .iter()
                    .any(|t| t.schema.eq_ignore_ascii_case(&w.value));
            let quoted_table = w.quote_style.is_some()
                && schema
                    .tables
                    .iter()
                    .any(|t| t.name.eq_ignore_ascii_case(&w.value));
            qualifier || quoted_table
        }
        _ => false,
    });
    names_schema.then_some(dialect)
}

/// How many statements `sql` holds (1 when it does not parse): for counting what a failed
/// check looked at.
pub fn statement_count(sql: &str, dialect: Dialect) -> usize {
    let parsed = match dialect {
        Dialect::Mssql => Parser::parse_sql(&MsSqlDialect {}, sql),
        Dialect::Postgres => Parser::parse_sql(&PostgreSqlDialect {}, sql),
    };
    parsed.map_or(1, |s| s.len().max(1))
}

/// sqlparser says `sql parser error: Expected: …, found: … at Line: 3, Column: 7`.
fn parse_problem(text: &str, dialect: Dialect) -> Problem {
    let text = text.trim_start_matches("sql parser error: ");
    let (line, column) = match text.rfind(" at Line: ") {
        Some(i) => {
            let rest = &text[i + " at Line: ".len()..];
            let mut parts = rest.split(", Column: ");
            let line = parts.next().and_then(|l| l.trim().parse().ok());
            let col = parts.next().and_then(|c| c.trim().parse().ok());
            (line.unwrap_or(1), col.unwrap_or(1))
        }
        None => (1, 1),
    };
    let what = text.split(" at Line: ").next().unwrap_or(text);
    let name = match dialect {
        Dialect::Mssql => "T-SQL",
        Dialect::Postgres => "PostgreSQL",
    };
    Problem {
        line,
        column,
        message: format!(
            "the statement does not parse as {name}: {what}; fix it, or opt this one statement out with a `-- sql-check: off` comment"
        ),
    }
}

/// What a statement gave.
enum Outcome {
    Rows(Vec<ResultColumn>),
    Done,
    Unchecked(&'static str),
}

/// One parameter's uses.
#[derive(Debug, Default)]
struct ParamUse {
    at: (u64, u64),
    ty: Option<TypeInfo>,
    /// `Some(true)` while every typed use allows NULL (assignments to nullable columns).
    nullable: Option<bool>,
    origin: Option<String>,
}

/// The state of one check.
pub(crate) struct Checker<'s> {
    schema: &'s Schema<'s>,
    dialect: Dialect,
    problems: Vec<Problem>,
    params: BTreeMap<usize, ParamUse>,
    /// CTEs in scope, innermost last.
    ctes: Vec<(String, Vec<DCol>)>,
    /// `#temp` tables and table variables the batch defines.
    locals: Vec<(String, Vec<DCol>)>,
    /// Scalar variables the batch declares.
    variables: Vec<(String, Option<TypeInfo>)>,
    /// The last position seen, for problems on nodes without a span.
    last: Location,
}

impl<'s> Checker<'s> {
    fn statement(&mut self, st: &Statement) -> Outcome {
        if let Some(at) = first_ident_span(st) {
            self.last = at.start;
        }
        match st {
            Statement::Query(q) => Outcome::Rows(self.query(q, None)),
            Statement::Insert(i) => self.insert(i),
            Statement::Update(u) => self.update(u),
            Statement::Delete(d) => self.delete(d),
            Statement::Declare { stmts } => {
                for d in stmts {
                    self.declare(d);
                }
                Outcome::Done
            }
            Statement::CreateTable(ct) if is_local(&ct.name) => {
                let cols = ct
                    .columns
                    .iter()
                    .map(|c| DCol {
                        name: self.dialect.norm(&c.name),
                        ty: type_of(&c.data_type),
                        nullable: true,
                    })
                    .collect();
                self.locals.push((local_name(&ct.name), cols));
                Outcome::Done
            }
            Statement::Drop {
                object_type: ObjectType::Table,
                names,
                ..
            } if names.iter().all(is_local) => Outcome::Done,
            Statement::CreateTable(_) | Statement::Drop { .. } => Outcome::Unchecked("DDL"),
            _ => Outcome::Unchecked("these"),
        }
    }

    fn declare(&mut self, d: &sqlparser::ast::Declare) {
        for name in &d.names {
            match &d.data_type {
                Some(DataType::Table(Some(cols))) => {
                    let cols = cols
                        .iter()
                        .map(|c| DCol {
                            name: self.dialect.norm(&c.name),
                            ty: type_of(&c.data_type),
                            nullable: true,
                        })
                        .collect();
                    self.locals.push((name.value.to_lowercase(), cols));
                }
                other => {
                    let ty = other.as_ref().and_then(type_of);
                    self.variables.push((name.value.to_lowercase(), ty));
                }
            }
        }
    }

    /// Records a problem at `span` (or the last known position).
    fn problem(&mut self, span: Span, message: String) {
        let at = if span.start.line == 0 {
            self.last
        } else {
            span.start
        };
        self.problems.push(Problem {
            line: at.line,
            column: at.column,
            message,
        });
    }

    /// Resolves a table name to a relation: a CTE, a `#temp` table or table variable, a schema
    /// table, or an unmodelled object; `None` (after a problem) when it is none of these.
    fn relation(&mut self, name: &ObjectName, alias: Option<&Ident>) -> Option<Rel<'s>> {
        let parts = idents(name);
        let last = parts.last()?;
        let alias_name = alias.map(|a| self.dialect.norm(a));
        let shown_alias = alias.map_or(String::new(), |a| format!(" AS {}", a.value));
        if parts.len() == 1 {
            let n = self.dialect.norm(last);
            let local = self
                .ctes
                .iter()
                .rev()
                .chain(self.locals.iter().rev())
                .find(|(c, _)| {
                    *c == n || (last.value.starts_with(['#', '@']) && c.eq_ignore_ascii_case(&n))
                });
            if let Some((cname, cols)) = local {
                return Some(Rel {
                    name: alias_name.unwrap_or_else(|| cname.clone()),
                    schema: None,
                    shown: format!("{}{shown_alias}", last.value),
                    cols: Cols::Derived(cols.clone()),
                    nullable: false,
                });
            }
            if last.value.starts_with(['#', '@']) {
                self.problem(
                    last.span,
                    format!(
                        "`{}` is not defined in this statement: a #temp table or table variable must be created (CREATE TABLE / DECLARE … TABLE) in the same text",
                        last.value
                    ),
                );
                return None;
            }
        }
        let default_schema = match self.dialect {
            Dialect::Mssql => "dbo",
            Dialect::Postgres => "public",
        };
        let (schema_ident, schema_name) = match parts.len() {
            1 => (None, default_schema.to_owned()),
            n => (Some(parts[n - 2]), parts[n - 2].value.clone()),
        };
        let found = self.schema.table(&schema_name, &last.value);
        // A schema table first: the unmodelled patterns are globs, slower to match.
        if found.is_none() && self.schema.is_unmodelled(&schema_name, &last.value) {
            return Some(Rel {
                name: alias_name.unwrap_or_else(|| self.dialect.norm(last)),
                schema: Some(schema_name.clone()),
                shown: format!("{schema_name}.{}{shown_alias}", last.value),
                cols: Cols::Any,
                nullable: false,
            });
        }
        let Some(table) = found else {
            let full = format!("{schema_name}.{}", last.value);
            let names: Vec<String> = self.schema.tables.iter().map(|t| t.qualified()).collect();
            let hint = did_you_mean(&full, names.iter().map(String::as_str));
            let hint = if hint.is_empty() {
                did_you_mean(&last.value, names.iter().map(String::as_str))
            } else {
                hint
            };
            self.problem(
                last.span,
                format!("unknown table `{full}`: the schema has no such table{hint}"),
            );
            return None;
        };
        for (ident, real) in [(schema_ident, table.schema), (Some(last), table.name)] {
            if let Some(ident) = ident {
                self.case_problem(ident, real);
            }
        }
        Some(Rel {
            name: alias_name.unwrap_or_else(|| table.name.to_owned()),
            schema: alias.is_none().then(|| table.schema.to_owned()),
            shown: format!("{}{shown_alias}", table.qualified()),
            cols: Cols::Table(table),
            nullable: false,
        })
    }

    /// On PostgreSQL, a name that matches only ignoring case does not match at all.
    fn case_problem(&mut self, ident: &Ident, real: &str) {
        if self.dialect.matches(ident, real) != Match::CaseOnly {
            return;
        }
        let spelt = self.dialect.spell(real);
        let message = if ident.quote_style.is_some() {
            format!(
                "`{}` is not `{real}`: PostgreSQL compares quoted names exactly; write {spelt}",
                ident.value
            )
        } else {
            format!(
                "PostgreSQL folds unquoted `{}` to `{}`, which is not `{real}`; quote it: {spelt}",
                ident.value,
                ident.value.to_lowercase()
            )
        };
        self.problem(ident.span, message);
    }

    /// Records a use of parameter `n` at `span`, typed by what it meets (if anything).
    fn use_param(
        &mut self,
        n: usize,
        span: Span,
        ty: Option<&TypeInfo>,
        nullable: bool,
        origin: Option<&str>,
    ) {
        let at = (span.start.line, span.start.column);
        let entry = self.params.entry(n).or_insert_with(|| ParamUse {
            at,
            ..ParamUse::default()
        });
        let Some(ty) = ty else { return };
        match &entry.ty {
            Some(prev) if !prev.kind.binds_as(ty.kind) => {
                let message = format!(
                    "parameter {} is used as {} ({}) here but as {} ({}) before; use two parameters or CAST one",
                    self.dialect.param(n),
                    origin.unwrap_or("a value"),
                    ty.rust,
                    entry.origin.as_deref().unwrap_or("a value"),
                    prev.rust
                );
                self.problem(span, message);
            }
            Some(_) => entry.nullable = Some(entry.nullable.unwrap_or(true) && nullable),
            None => {
                entry.ty = Some(ty.clone());
                entry.nullable = Some(nullable);
                entry.origin = origin.map(str::to_owned);
            }
        }
    }

    /// Checks numbering (1, 2, … without gaps) and returns the parameters in order.
    fn finish_params(&mut self) -> Vec<Param> {
        let mut out = Vec::new();
        let mut expected = 1;
        let numbers: Vec<usize> = self.params.keys().copied().collect();
        for n in numbers {
            if n != expected {
                let at = self.params[&n].at;
                let missing: Vec<String> = (expected..n).map(|m| self.dialect.param(m)).collect();
                self.problems.push(Problem {
                    line: at.0,
                    column: at.1,
                    message: format!(
                        "parameter {} follows a gap: {} is never used; number parameters from 1 without gaps",
                        self.dialect.param(n),
                        missing.join(", ")
                    ),
                });
            }
            expected = n + 1;
        }
        for (n, p) in std::mem::take(&mut self.params) {
            out.push(Param {
                number: n,
                ty: p.ty,
                nullable: p.nullable.unwrap_or(false),
                origin: p.origin,
            });
        }
        out
    }
}

/// The identifiers of a dotted name.
pub(crate) fn idents(name: &ObjectName) -> Vec<&Ident> {
    name.0
        .iter()
        .filter_map(|p| match p {
            ObjectNamePart::Identifier(i) => Some(i),
            _ => None,
        })
        .collect()
}

/// Whether a name is a `#temp` table or a table variable.
fn is_local(name: &ObjectName) -> bool {
    idents(name)
        .last()
        .is_some_and(|i| i.value.starts_with(['#', '@']))
}

fn local_name(name: &ObjectName) -> String {
    idents(name)
        .last()
        .map_or(String::new(), |i| i.value.to_lowercase())
}

/// The Rust type of a SQL type written in the statement (a CAST, a table variable column).
pub(crate) fn type_of(dt: &DataType) -> Option<TypeInfo> {
    TypeInfo::of(crate::Kind::of_sql(&dt.to_string())?)
}

/// The number of a parameter written `@P1` (T-SQL) or `$1` (PostgreSQL).
pub(crate) fn param_number(text: &str) -> Option<usize> {
    let digits = text
        .strip_prefix("@P")
        .or_else(|| text.strip_prefix("@p"))
        .or_else(|| text.strip_prefix('$'))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A placeholder value (`$1`, `?`).
pub(crate) fn placeholder(v: &Value) -> Option<&str> {
    match v {
        Value::Placeholder(p) => Some(p),
        _ => None,
    }
}

/// The span of a statement's first identifier, to place statement-level problems.
fn first_ident_span(st: &Statement) -> Option<Span> {
    use sqlparser::ast::Spanned;
    let span = st.span();
    (span.start.line > 0).then_some(span)
}
