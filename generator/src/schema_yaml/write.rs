//! The canonical schema.yaml writer (docs/schema-format.md): block style down to each table,
//! one flow mapping per line for columns, keys, indexes, checks and rows, keys in documented
//! order, defaults omitted. Loading the output gives back the same IR.

use std::fmt::Write;

use super::scalar::scalar;
use crate::ir::{
    Column, CrateSpec, Database, DbSchema, DefaultExpr, EnumSpec, ForeignKey, GitRef, Index,
    Length, LintException, ReferentialAction, Row, RuntimeDep, SqlType, Table, Value,
};

/// Prints `db` as canonical schema.yaml. A missing `gen` version is written as this
/// generator's own.
pub fn to_string(db: &Database) -> String {
    let mut out = String::new();
    let version = db
        .gen_version
        .clone()
        .unwrap_or_else(crate::source::yaml::own_version);
    line(
        &mut out,
        0,
        &format!("gen: {}", super::scalar::double_quoted(&version)),
    );
    if db.dialect != gen_runtime::Dialect::default() {
        line(&mut out, 0, &format!("dialect: {}", db.dialect.name()));
    }
    line(&mut out, 0, &format!("database: {}", scalar(&db.name)));
    opt(&mut out, 0, "description", &db.description);
    if let Some(spec) = &db.package {
        crate_spec(&mut out, spec);
    }
    if !db.filter.include.is_empty() || !db.filter.exclude.is_empty() {
        line(&mut out, 0, "filter:");
        for (key, list) in [
            ("include", &db.filter.include),
            ("exclude", &db.filter.exclude),
        ] {
            if !list.is_empty() {
                line(&mut out, 2, &format!("{key}: {}", names(list)));
            }
        }
    }
    line(
        &mut out,
        0,
        if db.schemas.is_empty() {
            "schemas: []"
        } else {
            "schemas:"
        },
    );
    db.schemas.iter().for_each(|s| schema(&mut out, s));
    out
}

fn line(out: &mut String, indent: usize, text: &str) {
    let _ = writeln!(out, "{:indent$}{text}", "");
}

fn opt(out: &mut String, indent: usize, key: &str, value: &Option<String>) {
    if let Some(v) = value {
        line(out, indent, &format!("{key}: {}", scalar(v)));
    }
}

fn crate_spec(out: &mut String, spec: &CrateSpec) {
    if spec == &CrateSpec::default() {
        return line(out, 0, "crate: {}");
    }
    line(out, 0, "crate:");
    opt(out, 2, "name", &spec.name);
    opt(out, 2, "version", &spec.version);
    opt(out, 2, "description", &spec.description);
    if let Some(r) = &spec.runtime {
        let flow = match r {
            RuntimeDep::Version { req, registry } => {
                let f = Flow::default().text("version", req);
                match registry {
                    Some(reg) => f.text("registry", reg),
                    None => f,
                }
            }
            RuntimeDep::Path(p) => Flow::default().text("path", p),
            RuntimeDep::Git { url, at } => {
                let f = Flow::default().text("git", url);
                match at {
                    GitRef::Tag(t) => f.text("tag", t),
                    GitRef::Rev(r) => f.text("rev", r),
                }
            }
        };
        line(out, 2, &format!("runtime: {}", flow.done()));
    }
}

fn schema(out: &mut String, s: &DbSchema) {
    line(out, 2, &format!("- name: {}", scalar(&s.name)));
    opt(out, 4, "description", &s.description);
    if !s.types.is_empty() {
        line(out, 4, "types:");
        for t in &s.types {
            let f = Flow::default().text("name", &t.name);
            let f = match &t.base {
                Some(base) => f.raw("type", scalar(&base.to_string()).into_owned()),
                None => f.list("enum", &t.labels),
            };
            let f = match &t.description {
                Some(d) => f.text("description", d),
                None => f,
            };
            line(out, 6, &format!("- {}", f.done()));
        }
    }
    for (key, views) in [("tables:", false), ("views:", true)] {
        let mut listed = s.tables.iter().filter(|t| t.is_view() == views).peekable();
        if listed.peek().is_some() {
            line(out, 4, key);
            listed.for_each(|t| table(out, t));
        }
    }
}

fn table(out: &mut String, t: &Table) {
    line(out, 6, &format!("- name: {}", scalar(&t.name)));
    opt(out, 8, "description", &t.description);
    if let Some(e) = &t.enum_spec {
        enum_spec(out, e);
    }
    block_list(out, "lint", t.lint_exceptions.iter().map(exception));
    if let Some(v) = &t.view {
        line(out, 8, &format!("dialect: {}", v.dialect.name()));
        let definition = super::scalar::double_quoted(&v.definition);
        line(out, 8, &format!("definition: {definition}"));
    }
    if t.columns.is_empty() {
        line(out, 8, "columns: []");
    }
    block_list(out, "columns", t.columns.iter().map(column));
    if let Some(pk) = &t.primary_key {
        let flow = Flow::default()
            .text("name", &pk.name)
            .list("columns", &pk.columns);
        line(out, 8, &format!("primary_key: {}", flow.done()));
    }
    block_list(out, "foreign_keys", t.foreign_keys.iter().map(foreign_key));
    let uniques = t.uniques.iter().map(|u| {
        Flow::default()
            .text("name", &u.name)
            .list("columns", &u.columns)
            .done()
    });
    block_list(out, "unique", uniques);
    block_list(out, "indexes", t.indexes.iter().map(index));
    let checks = t.checks.iter().map(|c| {
        Flow::default()
            .text("name", &c.name)
            .sql("expression", &c.expression)
            .done()
    });
    block_list(out, "checks", checks);
    block_list(out, "rows", t.rows.iter().map(row));
}

/// `key:` followed by one `- item` line per item; nothing when there are none.
fn block_list(out: &mut String, key: &str, items: impl Iterator<Item = String>) {
    let mut items = items.peekable();
    if items.peek().is_some() {
        line(out, 8, &format!("{key}:"));
        items.for_each(|i| line(out, 10, &format!("- {i}")));
    }
}

fn enum_spec(out: &mut String, e: &EnumSpec) {
    if e.deprecated.is_empty() {
        return line(out, 8, &format!("enum: {}", scalar(&e.variant_column)));
    }
    line(out, 8, "enum:");
    line(
        out,
        10,
        &format!("variant_column: {}", scalar(&e.variant_column)),
    );
    line(out, 10, "deprecated:");
    for d in &e.deprecated {
        let flow = Flow::default()
            .raw("id", d.id.to_string())
            .text("code", &d.code)
            .text("note", &d.note);
        line(out, 12, &format!("- {}", flow.done()));
    }
}

fn exception(e: &LintException) -> String {
    Flow::default()
        .text("rule", &e.rule)
        .text("reason", &e.reason)
        .done()
}

fn exceptions(flow: Flow, list: &[LintException]) -> Flow {
    if list.is_empty() {
        return flow;
    }
    let items: Vec<String> = list.iter().map(exception).collect();
    flow.raw("lint", format!("[{}]", items.join(", ")))
}

fn column(c: &Column) -> String {
    let mut f = Flow::default().text("name", &c.name).raw(
        "type",
        match &c.user_type {
            Some(t) => scalar(&t.qualified()).into_owned(),
            None => scalar(&c.sql_type.to_string()).into_owned(),
        },
    );
    if let Some(r) = &c.rust_type_override {
        f = f.text("rust_type", r);
    }
    if let Some(e) = &c.value_enum {
        f = match &e.name {
            Some(n) => f.text("enum", n),
            None => f.raw("enum", "true".into()),
        };
    }
    if c.nullable {
        f = f.raw("nullable", "true".into());
    }
    match c.identity {
        Some(i) if i == crate::ir::Identity::default() => f = f.raw("identity", "true".into()),
        Some(i) => {
            f = f.raw(
                "identity",
                format!("{{ seed: {}, increment: {} }}", i.seed, i.increment),
            )
        }
        None => {}
    }
    if let Some(d) = &c.default {
        f = f.raw("default", default(d));
    }
    if let Some(n) = &c.default_name {
        f = f.text("default_name", n);
    }
    if let Some(d) = &c.description {
        f = f.text("description", d);
    }
    exceptions(f, &c.lint_exceptions).done()
}

fn default(d: &DefaultExpr) -> String {
    match d {
        DefaultExpr::CurrentUtc | DefaultExpr::NewGuid => d.to_string(),
        DefaultExpr::Sql(s) => format!("{{ sql: {} }}", super::scalar::double_quoted(s)),
        DefaultExpr::Literal(Value::Text(t)) => {
            scalar(&format!("'{}'", t.replace('\'', "''"))).into_owned()
        }
        DefaultExpr::Literal(v) => value(v),
    }
}

fn action(a: ReferentialAction) -> Option<&'static str> {
    match a {
        ReferentialAction::NoAction => None,
        ReferentialAction::Cascade => Some("cascade"),
        ReferentialAction::SetNull => Some("set_null"),
        ReferentialAction::SetDefault => Some("set_default"),
        ReferentialAction::Restrict => Some("restrict"),
    }
}

fn foreign_key(k: &ForeignKey) -> String {
    let target = format!("{}.{}", k.references.schema, k.references.table);
    let mut f = Flow::default()
        .text("name", &k.name)
        .list("columns", &k.columns)
        .text("references", &target)
        .list("ref_columns", &k.ref_columns);
    for (key, a) in [("on_delete", k.on_delete), ("on_update", k.on_update)] {
        if let Some(a) = action(a) {
            f = f.raw(key, a.into());
        }
    }
    exceptions(f, &k.lint_exceptions).done()
}

fn index(ix: &Index) -> String {
    let cols: Vec<String> = ix
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
    let mut f = Flow::default()
        .text("name", &ix.name)
        .list("columns", &cols);
    if ix.unique {
        f = f.raw("unique", "true".into());
    }
    if !ix.include.is_empty() {
        f = f.list("include", &ix.include);
    }
    if let Some(filter) = &ix.filter {
        f = f.sql("filter", filter);
    }
    f.done()
}

fn row(r: &Row) -> String {
    let fields: Vec<String> = r
        .values
        .iter()
        .map(|(k, v)| format!("{}: {}", scalar(k), value(v)))
        .collect();
    format!("{{ {} }}", fields.join(", "))
}

/// A row or default value; text is quoted when it would read as something else.
fn value(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Decimal(d) => d.clone(),
        Value::Text(t) => scalar(t).into_owned(),
    }
}

/// One flow mapping, built key by key in canonical order.
#[derive(Default)]
struct Flow(Vec<String>);

impl Flow {
    /// A key whose value is already YAML.
    fn raw(mut self, key: &str, yaml: String) -> Self {
        self.0.push(format!("{key}: {yaml}"));
        self
    }

    fn text(self, key: &str, text: &str) -> Self {
        self.raw(key, scalar(text).into_owned())
    }

    /// SQL text is always double-quoted, so expressions look alike however simple they are.
    fn sql(self, key: &str, sql: &str) -> Self {
        self.raw(key, super::scalar::double_quoted(sql))
    }

    fn list(self, key: &str, items: &[String]) -> Self {
        self.raw(key, names(items))
    }

    fn done(self) -> String {
        format!("{{ {} }}", self.0.join(", "))
    }
}

/// `[A, B]` with each item quoted as needed.
fn names(items: &[String]) -> String {
    let items: Vec<_> = items.iter().map(|i| scalar(i)).collect();
    format!("[{}]", items.join(", "))
}

// The types' spellings live with the writer of schema.yaml, not in the IR.
impl std::fmt::Display for Length {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Length::N(n) => write!(f, "{n}"),
            Length::Max => f.write_str("max"),
        }
    }
}

/// The canonical spelling, as schema.yaml writes it (the YAML writer's, also what every
/// message, the DDL comments and the generated metadata call the type) (`nvarchar(255)`, `datetime2(7)`).
impl std::fmt::Display for SqlType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use SqlType::*;
        match self {
            BigInt => f.write_str("bigint"),
            Int => f.write_str("int"),
            SmallInt => f.write_str("smallint"),
            TinyInt => f.write_str("tinyint"),
            Bit => f.write_str("bit"),
            Decimal(p, s) => write!(f, "decimal({p},{s})"),
            Numeric(p, s) => write!(f, "numeric({p},{s})"),
            Money => f.write_str("money"),
            SmallMoney => f.write_str("smallmoney"),
            Float => f.write_str("float"),
            Real => f.write_str("real"),
            NVarChar(l) => write!(f, "nvarchar({l})"),
            VarChar(l) => write!(f, "varchar({l})"),
            NChar(n) => write!(f, "nchar({n})"),
            Char(n) => write!(f, "char({n})"),
            DateTime2(p) => write!(f, "datetime2({p})"),
            DateTime => f.write_str("datetime"),
            Date => f.write_str("date"),
            Time(p) => write!(f, "time({p})"),
            DateTimeOffset(p) => write!(f, "datetimeoffset({p})"),
            UniqueIdentifier => f.write_str("uniqueidentifier"),
            VarBinary(l) => write!(f, "varbinary({l})"),
            Binary(n) => write!(f, "binary({n})"),
            Array(e) => write!(f, "{e}[]"),
            Other(name) => f.write_str(name),
        }
    }
}
