//! The schema.yaml loader: parses with marked-yaml (which keeps positions) and walks the node
//! tree by hand, so every problem is reported at once with its `file:line:column`.
//!
//! The format is docs/schema-format.md; this module is its executable form.

mod column;
mod keys;
mod node;
mod package;
mod rows;
mod table;

use marked_yaml::{LoadError, LoaderOptions, Node};

use crate::diag::{Diagnostic, Diagnostics};
use crate::ir::{Database, DbSchema, Filter, Loc};
use gen_runtime::Dialect;
use node::{Cx, Map};
pub use package::{admits, own_version};

const TOP_KEYS: &[&str] = &[
    "gen",
    "dialect",
    "database",
    "description",
    "crate",
    "filter",
    "schemas",
];
const SCHEMA_KEYS: &[&str] = &["name", "description", "types", "tables", "views"];

/// Parses schema.yaml text into the IR. `file` is how locations name the file. Returns every
/// syntax and structure problem found; semantic checks are [`crate::validate::check`]'s job.
pub fn load_str(src: &str, file: &str) -> Result<Database, Diagnostics> {
    let mut cx = Cx::new(file);
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true);
    let phase = crate::stats::phase("yaml: marked-yaml parse");
    let root = match marked_yaml::parse_yaml_with_options(0, src, options) {
        Ok(root) => root,
        Err(e) => return Err(Diagnostics(vec![syntax_error(file, &e)])),
    };
    drop(phase);
    let phase = crate::stats::phase("yaml: walk into the IR");
    let db = database(&mut cx, &root);
    drop(phase);
    let _phase = crate::stats::phase("yaml: free the node tree");
    drop(root);
    if cx.diags.has_errors() {
        Err(cx.diags)
    } else {
        Ok(db)
    }
}

fn database(cx: &mut Cx, root: &Node) -> Database {
    let Some(top) = Map::open(cx, root, "schema file", TOP_KEYS) else {
        return Database::default();
    };
    let gen_version = package::gen_version(cx, &top);
    let dialect = dialect(cx, &top);
    let name = top.req_text(cx, "database").unwrap_or_default();
    let description = top.text(cx, "description");
    let package = top.get("crate").and_then(|c| package::crate_spec(cx, c));
    let filter = top.get("filter").map(|f| filter(cx, f)).unwrap_or_default();
    let schemas = match top.req(cx, "schemas") {
        Some(list) => node::seq(cx, list, "schemas")
            .iter()
            .filter_map(|s| schema(cx, s))
            .collect(),
        None => Vec::new(),
    };
    let mut db = Database {
        gen_version,
        dialect,
        name,
        description,
        filter,
        package,
        schemas,
    };
    resolve_user_types(cx, &mut db);
    db
}

/// Gives every column declared with a named type (`type: public.mood`) that type's base
/// type, or an error naming the types the schema declares.
fn resolve_user_types(cx: &mut Cx, db: &mut Database) {
    let types: Vec<crate::ir::UserType> = db
        .schemas
        .iter()
        .flat_map(|s| s.types.iter().cloned())
        .collect();
    let d = db.dialect;
    for schema in &mut db.schemas {
        for table in &mut schema.tables {
            let q = table.qualified();
            for c in &mut table.columns {
                let Some(r) = &c.user_type else { continue };
                let found = types
                    .iter()
                    .find(|t| d.same_name(&t.schema, &r.schema) && d.same_name(&t.name, &r.name));
                match found {
                    Some(t) => {
                        c.user_type = Some(t.reference());
                        c.sql_type = t
                            .base
                            .clone()
                            .unwrap_or(crate::ir::SqlType::NVarChar(crate::ir::Length::Max));
                    }
                    None => {
                        let declared: Vec<String> = types
                            .iter()
                            .map(|t| format!("{}.{}", t.schema, t.name))
                            .collect();
                        cx.diags.0.push(
                            Diagnostic::error(
                                c.loc.clone(),
                                format!(
                                    "{q}.{}: type `{}` is neither a canonical type nor declared under `types:` of schema `{}`",
                                    c.name,
                                    r.qualified(),
                                    r.schema
                                ),
                            )
                            .with_help(match declared.is_empty() {
                                true => "declare it (`types: - { name: T, type: <base> }` or `{ name: T, enum: [a, b] }`) in its schema, or use a canonical type".to_owned(),
                                false => format!("declared types: {}", declared.join(", ")),
                            }),
                        );
                    }
                }
            }
        }
    }
}

/// One entry of a schema's `types:`: `{ name, type: <canonical base> }` for a domain or alias
/// type, `{ name, enum: [labels] }` for a PostgreSQL enum type.
fn user_type(cx: &mut Cx, node: &Node, schema: &str) -> Option<crate::ir::UserType> {
    let (map, name) = Map::named(
        cx,
        node,
        schema,
        "type",
        &["name", "type", "enum", "description"],
    )?;
    let base = match (map.get("type"), map.get("enum")) {
        (Some(_), None) => {
            let text = map.text(cx, "type")?;
            match crate::ir::SqlType::parse(&text, false) {
                Ok(t) => Some(t),
                Err(e) => {
                    cx.error(
                        map.span(),
                        format!("{}: {e}", map.what),
                        "a domain or alias type is over a canonical type (docs/schema-format.md, Types)",
                    );
                    return None;
                }
            }
        }
        (None, Some(_)) => None,
        _ => {
            cx.error(
                map.span(),
                format!("{}: needs exactly one of `type:` (a domain or alias type) and `enum:` (an enum type)", map.what),
                "write `{ name: email, type: nvarchar(254) }` or `{ name: mood, enum: [sad, happy] }`",
            );
            return None;
        }
    };
    let labels = match base {
        Some(_) => Vec::new(),
        None => map.names(cx, "enum"),
    };
    Some(crate::ir::UserType {
        loc: cx.loc(map.span()),
        description: map.text(cx, "description"),
        schema: schema.to_owned(),
        name,
        base,
        labels,
        ..crate::ir::UserType::default()
    })
}

/// The `dialect:` setting: `mssql` (the default) or `postgres`.
fn dialect(cx: &mut Cx, top: &Map) -> Dialect {
    let Some(node) = top.get("dialect") else {
        return Dialect::default();
    };
    let Some(text) = node::text(cx, node, "dialect") else {
        return Dialect::default();
    };
    text.parse::<Dialect>().unwrap_or_else(|_| {
        cx.error(
            node.span(),
            format!("unknown dialect `{text}`"),
            "write `dialect: mssql` (SQL Server, the default) or `dialect: postgres`",
        );
        Dialect::default()
    })
}

fn filter(cx: &mut Cx, node: &Node) -> Filter {
    let Some(map) = Map::open(cx, node, "filter", &["include", "exclude"]) else {
        return Filter::default();
    };
    Filter {
        include: map.names(cx, "include"),
        exclude: map.names(cx, "exclude"),
    }
}

fn schema(cx: &mut Cx, node: &Node) -> Option<DbSchema> {
    let (map, name) = Map::named(cx, node, "", "schema", SCHEMA_KEYS)?;
    let description = map.text(cx, "description");
    let types = map
        .seq(cx, "types")
        .iter()
        .filter_map(|t| user_type(cx, t, &name))
        .collect();
    // Tables are independent of each other: walked on every core, each with its own list of
    // problems, appended in file order.
    let walked = crate::par::map(map.seq(cx, "tables"), |t| {
        let mut own = cx.fork();
        let table = table::table(&mut own, t, &name);
        (table, own.diags)
    });
    let mut tables = Vec::with_capacity(walked.len());
    for (table, diags) in walked {
        cx.diags.0.extend(diags.0);
        tables.extend(table);
    }
    // Views after the tables (the IR's order), each checked like a table.
    for v in map.seq(cx, "views") {
        tables.extend(table::view(cx, v, &name));
    }
    Some(DbSchema {
        loc: cx.loc(map.span()),
        name,
        rust_module: String::new(),
        description,
        types,
        tables,
    })
}

/// A YAML syntax error as a located diagnostic.
fn syntax_error(file: &str, e: &LoadError) -> Diagnostic {
    let (marker, what) = match e {
        LoadError::TopLevelMustBeMapping(m) => {
            (Some(*m), "the top level must be a mapping".to_string())
        }
        LoadError::TopLevelMustBeSequence(m) => {
            (Some(*m), "the top level must be a list".to_string())
        }
        LoadError::UnexpectedAnchor(m) => (
            Some(*m),
            "anchors and aliases (`&x`, `*x`) are not allowed".to_string(),
        ),
        LoadError::MappingKeyMustBeScalar(m) => {
            (Some(*m), "mapping keys must be plain names".to_string())
        }
        LoadError::UnexpectedTag(m) => (Some(*m), "YAML tags (`!x`) are not allowed".to_string()),
        LoadError::ScanError(m, s) => (Some(*m), format!("YAML syntax error: {}", s.info())),
        LoadError::DuplicateKey(d) => (
            d.key.span().start().copied(),
            format!(
                "duplicate key `{}` (first written at line {})",
                d.key.as_str(),
                d.prev_key.span().start().map_or(0, |m| m.line())
            ),
        ),
    };
    let loc = marker.map(|m| Loc {
        file: file.into(),
        line: m.line() as u32,
        column: m.column() as u32,
    });
    Diagnostic::error(loc, what)
        .with_help("fix the YAML at this position; docs/schema-format.md shows the expected layout")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{DefaultExpr, SqlType, Value};

    /// The example in docs/schema-format.md, which must stay loadable.
    fn doc_example() -> String {
        let doc = include_str!("../../../../docs/schema-format.md");
        let start = doc.find("```yaml\n").map(|i| i + 8).unwrap_or(0);
        let len = doc[start..].find("```").unwrap_or(0);
        doc[start..start + len].to_string()
    }

    #[test]
    fn loads_the_documented_example() {
        let db = load_str(&doc_example(), "schema-format.md").unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(db.name, "EventLeadPlatform");
        assert_eq!(
            db.filter.exclude,
            ["dbo.sysdiagrams", "*.__EFMigrationsHistory"]
        );
        let t = db.table("ref", "UserStatus").expect("table");
        assert_eq!(t.schema, "ref");
        assert_eq!(t.columns.len(), 5);
        assert_eq!(
            t.column("Code").map(|c| &c.sql_type),
            Some(&SqlType::NVarChar(crate::ir::Length::N(50)))
        );
        let sort = t.column("SortOrder").expect("SortOrder");
        assert_eq!(sort.default, Some(DefaultExpr::Literal(Value::Int(0))));
        assert_eq!(
            sort.loc.as_ref().map(|l| (l.line, l.column)),
            Some((29, 13))
        );
        assert_eq!(
            t.rows[0].values[1],
            ("Code".into(), Value::Text("ACTIVE".into()))
        );
        assert!(
            crate::validate::check(&db).0.is_empty(),
            "{}",
            crate::validate::check(&db)
        );
    }

    #[test]
    fn reports_every_problem_with_its_position() {
        let src = "gen: \"0.1\"\ndatabase: D\nschemas:\n  - name: s\n    tables:\n      - name: T\n        colums: []\n        columns:\n          - { name: A, type: strng }\n          - { name: B, type: int, nulable: true }\n";
        let d = load_str(src, "x.yaml").expect_err("broken");
        let text = d.to_string();
        assert!(
            text.contains("x.yaml:7:9: error: s.T: unknown key `colums`"),
            "{text}"
        );
        assert!(text.contains("did you mean `columns`?"), "{text}");
        assert!(
            text.contains("x.yaml:9:30: error: s.T.A: unknown type `strng`"),
            "{text}"
        );
        assert!(
            text.contains("x.yaml:10:35: error: s.T.B: unknown key `nulable`"),
            "{text}"
        );
    }

    #[test]
    fn the_crate_section_loads_and_is_checked() {
        let head = "gen: \"0.1.0\"\ndatabase: D\ncrate:\n";
        let ok = |body: &str| {
            load_str(&format!("{head}{body}schemas: []\n"), "c.yaml")
                .unwrap_or_else(|d| panic!("{d}"))
                .package
                .unwrap_or_else(|| panic!("no crate section"))
        };
        let spec = ok(
            "  name: shop-models\n  version: \"1.2.3\"\n  description: Shop.\n  runtime: { git: \"file:///r\", tag: gen-v0.1.0 }\n",
        );
        assert_eq!(spec.name.as_deref(), Some("shop-models"));
        assert_eq!(
            spec.runtime,
            Some(crate::ir::RuntimeDep::Git {
                url: "file:///r".into(),
                at: crate::ir::GitRef::Tag("gen-v0.1.0".into())
            })
        );
        let spec = ok("  runtime: { version: \"=0.1.0\", registry: company }\n");
        assert_eq!(spec.name, None);
        let bad = [
            (
                "  name: 1shop\n",
                "c.yaml:4:9: error: crate.name `1shop` is not a valid package name",
            ),
            (
                "  version: \"1.2\"\n",
                "c.yaml:4:12: error: crate.version `1.2` is not a version",
            ),
            (
                "  runtime: { path: a, git: b }\n",
                "crate.runtime: expected one source, found path and git",
            ),
            (
                "  runtime: { git: b }\n",
                "a git source needs exactly one of `tag:` or `rev:`",
            ),
            (
                "  runtime: { path: a, tag: t }\n",
                "crate.runtime: `tag` does not go with `path`",
            ),
            ("  runtime: { branch: main }\n", "unknown key `branch`"),
            ("  nmae: x\n", "unknown key `nmae`"),
        ];
        for (body, want) in bad {
            let d = load_str(&format!("{head}{body}schemas: []\n"), "c.yaml").expect_err(body);
            assert!(d.to_string().contains(want), "{body}: {d}");
        }
    }

    #[test]
    fn syntax_errors_and_versions_are_located() {
        let d = load_str("gen: \"0.1\"\ndatabase: [a\n", "y.yaml").expect_err("syntax");
        assert_eq!(d.0.len(), 1);
        assert!(d.0[0].loc.is_some(), "{d}");
        let d =
            load_str("gen: \"9.9\"\ndatabase: D\nschemas: []\n", "v.yaml").expect_err("version");
        assert!(
            d.to_string()
                .contains("v.yaml:1:6: error: schema.yaml needs gen 9.9 but this is gen 0.1.0"),
            "{d}"
        );
        assert!(d.to_string().contains("--tag gen-v9.9"), "{d}");
        for ok in ["0.1", "0.1.0"] {
            let src = format!("gen: \"{ok}\"\ndatabase: D\nschemas: []\n");
            assert!(load_str(&src, "ok.yaml").is_ok(), "gen: {ok}");
        }
        let d = load_str("gen: \"0.1.9\"\ndatabase: D\nschemas: []\n", "p.yaml")
            .expect_err("another patch release");
        assert!(d.to_string().contains("needs gen 0.1.9"), "{d}");
        for alias in ["a: &x 1\nb: *x\n", "a: *x\n", "!t a: 1\n"] {
            assert!(load_str(alias, "z.yaml").is_err());
        }
    }

    #[test]
    fn views_load_after_the_tables_and_print_back_in_canonical_form() {
        let src = r#"gen: "0.1.0"
dialect: postgres
database: D
schemas:
  - name: s
    tables:
      - name: T
        columns:
          - { name: A, type: int }
    views:
      - name: V
        description: Live rows.
        dialect: postgres
        definition: "SELECT \"A\"\n   FROM s.\"T\""
        columns:
          - { name: A, type: int, nullable: true }
"#;
        let db = load_str(src, "v.yaml").unwrap_or_else(|d| panic!("{d}"));
        let v = db.table("s", "V").expect("the view");
        let def = v.view.as_ref().expect("a view");
        assert_eq!(
            (def.dialect, def.definition.as_str()),
            (Dialect::Postgres, "SELECT \"A\"\n   FROM s.\"T\"")
        );
        assert!(!db.table("s", "T").expect("table").is_view());
        assert_eq!(crate::schema_yaml::write::to_string(&db), src);

        let keyed = src.replace(
            "        columns:\n          - { name: A, type: int, nullable: true }",
            "        columns:\n          - { name: A, type: int, nullable: true }\n        primary_key: { name: PK_V, columns: [A] }",
        );
        let d = load_str(&keyed, "k.yaml").expect_err("a view has no key");
        assert!(d.to_string().contains("primary_key"), "{d}");
        let undialected = src.replace(
            "        dialect: postgres\n        definition",
            "        definition",
        );
        let d = load_str(&undialected, "u.yaml").expect_err("dialect is required");
        assert!(d.to_string().contains("dialect"), "{d}");
    }
}
