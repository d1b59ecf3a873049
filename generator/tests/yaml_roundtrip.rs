//! The canonical writer and the loader agree: a canonical file prints back byte for byte, and
//! any IR survives print-then-load (locations aside).

use generator::schema_yaml::write::to_string;
use generator::source::yaml::load_str;

fn fixture(rel: &str) -> (String, String) {
    let path = format!("{}/../{rel}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    (path, text)
}

fn assert_canonical(rel: &str) {
    let (path, text) = fixture(rel);
    let db = load_str(&text, &path).unwrap_or_else(|d| panic!("{d}"));
    let printed = to_string(&db);
    if printed != text {
        let diff = similar::TextDiff::from_lines(&text, &printed);
        panic!(
            "{rel} is not canonical:\n{}",
            diff.unified_diff().header("file", "emitted")
        );
    }
}

#[test]
fn base_fixture_is_canonical() {
    assert_canonical("tests/fixtures/lint/base.yaml");
}

#[test]
fn repository_schema_is_canonical() {
    assert_canonical("schema.yaml");
}

mod any_ir {
    //! Strategies for arbitrary (structurally loadable, not necessarily valid) IRs.

    use generator::ir::*;
    use generator::lint::rules::RULES;
    use proptest::collection::vec;
    use proptest::option::of;
    use proptest::prelude::*;

    fn text() -> BoxedStrategy<String> {
        prop_oneof!["\\PC{0,8}", "[ -~]{0,8}"].boxed()
    }

    fn ident() -> BoxedStrategy<String> {
        "[A-Za-z_][A-Za-z0-9_]{0,6}".boxed()
    }

    fn sql_type() -> BoxedStrategy<(SqlType, Option<String>)> {
        use SqlType::*;
        let plain = prop_oneof![
            Just(Int),
            Just(BigInt),
            Just(TinyInt),
            Just(Bit),
            Just(Money),
            Just(Float),
            (1u8..=generator::ir::MAX_DECIMAL_PRECISION)
                .prop_flat_map(|p| (Just(p), 0..=p))
                .prop_map(|(p, s)| Decimal(p, s)),
            (1u32..=4000).prop_map(|n| NVarChar(Length::N(n))),
            Just(NVarChar(Length::Max)),
            (1u32..=8000).prop_map(Char),
            Just(Date),
            (0u8..=7).prop_map(DateTime2),
            Just(UniqueIdentifier),
            Just(VarBinary(Length::Max)),
        ];
        prop_oneof![
            4 => plain.prop_map(|t| (t, None)),
            1 => Just((Other("xml".into()), Some("crate::Xml".into()))),
        ]
        .boxed()
    }

    /// A value the loader reads back the same way for a column of type `t`.
    fn value(t: &SqlType) -> BoxedStrategy<Value> {
        let text_like = t.is_text()
            || !(t.is_integer()
                || t.rust_type().is_some_and(|r| {
                    matches!(
                        r,
                        RustType::Bool | RustType::Decimal | RustType::F64 | RustType::F32
                    )
                })
                || matches!(t, SqlType::Other(_)));
        if text_like {
            return prop_oneof![Just(Value::Null), text().prop_map(Value::Text)].boxed();
        }
        prop_oneof![
            Just(Value::Null),
            any::<i64>().prop_map(Value::Int),
            any::<bool>().prop_map(Value::Bool),
            "-?[0-9]{1,5}\\.[0-9]{1,3}".prop_map(Value::Decimal),
            text().prop_map(Value::Text),
        ]
        .boxed()
    }

    fn default() -> BoxedStrategy<DefaultExpr> {
        prop_oneof![
            Just(DefaultExpr::CurrentUtc),
            Just(DefaultExpr::NewGuid),
            any::<i64>().prop_map(|i| DefaultExpr::Literal(Value::Int(i))),
            any::<bool>().prop_map(|b| DefaultExpr::Literal(Value::Bool(b))),
            "-?[0-9]{1,4}\\.[0-9]{1,2}".prop_map(|d| DefaultExpr::Literal(Value::Decimal(d))),
            text().prop_map(|t| DefaultExpr::Literal(Value::Text(t))),
            text().prop_map(DefaultExpr::Sql),
        ]
        .boxed()
    }

    fn exceptions() -> BoxedStrategy<Vec<LintException>> {
        let one = (0..RULES.len(), "[A-Za-z][ -~]{0,10}").prop_map(|(i, reason)| LintException {
            rule: RULES[i].id.into(),
            reason,
        });
        vec(one, 0..2).boxed()
    }

    fn identity() -> BoxedStrategy<Option<Identity>> {
        prop_oneof![
            Just(None),
            Just(Some(Identity::default())),
            (any::<i64>(), any::<i64>())
                .prop_map(|(seed, increment)| Some(Identity { seed, increment })),
        ]
        .boxed()
    }

    fn column(i: usize) -> BoxedStrategy<Column> {
        (
            ident(),
            sql_type(),
            any::<bool>(),
            identity(),
            of(default()),
            of(text()),
            of(text()),
            exceptions(),
        )
            .prop_map(
                move |(
                    n,
                    (sql_type, rust),
                    nullable,
                    identity,
                    default,
                    default_name,
                    description,
                    lint,
                )| Column {
                    // The index keeps names distinct case-insensitively, as row keys need.
                    name: format!("C{i}{n}"),
                    sql_type,
                    rust_type_override: rust,
                    nullable,
                    identity,
                    default,
                    default_name,
                    description,
                    lint_exceptions: lint,
                    ..Column::default()
                },
            )
            .boxed()
    }

    fn rows(columns: &[Column]) -> BoxedStrategy<Vec<Row>> {
        let cells: Vec<_> = columns
            .iter()
            .map(|c| (Just(c.name.clone()), of(value(&c.sql_type))))
            .collect();
        let row = cells.prop_map(|cells| Row {
            values: cells
                .into_iter()
                .filter_map(|(n, v)| v.map(|v| (n, v)))
                .collect(),
            ..Row::default()
        });
        vec(row, 0..3).boxed()
    }

    fn action() -> BoxedStrategy<ReferentialAction> {
        use ReferentialAction::*;
        prop_oneof![
            Just(NoAction),
            Just(Cascade),
            Just(SetNull),
            Just(SetDefault)
        ]
        .boxed()
    }

    fn foreign_key() -> BoxedStrategy<ForeignKey> {
        (
            text(),
            vec(ident(), 1..3),
            ident(),
            ident(),
            vec(ident(), 1..3),
            action(),
            action(),
            exceptions(),
        )
            .prop_map(
                |(name, columns, schema, table, ref_columns, on_delete, on_update, lint)| {
                    ForeignKey {
                        name,
                        columns,
                        references: TableRef { schema, table },
                        ref_columns,
                        on_delete,
                        on_update,
                        lint_exceptions: lint,
                        ..ForeignKey::default()
                    }
                },
            )
            .boxed()
    }

    fn index() -> BoxedStrategy<Index> {
        let col = (ident(), any::<bool>())
            .prop_map(|(name, descending)| IndexColumn { name, descending });
        (
            text(),
            vec(col, 1..3),
            any::<bool>(),
            vec(ident(), 0..2),
            of(text()),
        )
            .prop_map(|(name, columns, unique, include, filter)| Index {
                name,
                columns,
                unique,
                include,
                filter,
                rust_finder: String::new(),
                loc: None,
            })
            .boxed()
    }

    fn enum_spec() -> BoxedStrategy<EnumSpec> {
        let dep = (any::<i64>(), text(), text()).prop_map(|(id, code, note)| DeprecatedVariant {
            id,
            code,
            note,
            ..DeprecatedVariant::default()
        });
        (text(), vec(dep, 0..2))
            .prop_map(|(variant_column, deprecated)| EnumSpec {
                variant_column,
                deprecated,
                ..EnumSpec::default()
            })
            .boxed()
    }

    fn keys() -> BoxedStrategy<(
        Option<PrimaryKey>,
        Vec<UniqueConstraint>,
        Vec<CheckConstraint>,
    )> {
        let pk = (text(), vec(ident(), 1..3)).prop_map(|(name, columns)| PrimaryKey {
            name,
            columns,
            loc: None,
        });
        let uq = (text(), vec(ident(), 1..3)).prop_map(|(name, columns)| UniqueConstraint {
            name,
            columns,
            rust_finder: String::new(),
            loc: None,
        });
        let ck = (text(), text()).prop_map(|(name, expression)| CheckConstraint {
            name,
            expression,
            loc: None,
        });
        (of(pk), vec(uq, 0..2), vec(ck, 0..2)).boxed()
    }

    fn table() -> BoxedStrategy<Table> {
        let columns = (0usize..4).prop_flat_map(|n| (0..n).map(column).collect::<Vec<_>>());
        (
            text(),
            of(text()),
            of(enum_spec()),
            exceptions(),
            columns,
            keys(),
            vec(foreign_key(), 0..2),
            vec(index(), 0..2),
        )
            .prop_flat_map(
                |(
                    name,
                    description,
                    enum_spec,
                    lint,
                    columns,
                    (pk, uniques, checks),
                    fks,
                    indexes,
                )| {
                    let rows = rows(&columns);
                    (
                        Just(Table {
                            name,
                            description,
                            enum_spec,
                            lint_exceptions: lint,
                            columns,
                            primary_key: pk,
                            uniques,
                            checks,
                            foreign_keys: fks,
                            indexes,
                            ..Table::default()
                        }),
                        rows,
                    )
                },
            )
            .prop_map(|(t, rows)| Table { rows, ..t })
            .boxed()
    }

    /// An arbitrary database.
    pub fn database() -> BoxedStrategy<Database> {
        let schema =
            (text(), of(text()), vec(table(), 0..3)).prop_map(|(name, description, tables)| {
                DbSchema {
                    tables: tables
                        .into_iter()
                        .map(|t| Table {
                            schema: name.clone(),
                            ..t
                        })
                        .collect(),
                    name,
                    description,
                    ..DbSchema::default()
                }
            });
        (
            text(),
            of(text()),
            vec(text(), 0..2),
            vec(text(), 0..2),
            vec(schema, 0..3),
            proptest::bool::ANY,
            of(package()),
        )
            .prop_map(
                |(name, description, include, exclude, schemas, pg, package)| Database {
                    gen_version: Some(generator::source::yaml::own_version()),
                    dialect: if pg {
                        gen_runtime::Dialect::Postgres
                    } else {
                        gen_runtime::Dialect::Mssql
                    },
                    name,
                    description,
                    filter: Filter { include, exclude },
                    package,
                    schemas,
                },
            )
            .boxed()
    }

    /// A `crate:` section: any of its keys, any runtime source.
    fn package() -> impl Strategy<Value = CrateSpec> {
        let runtime = prop_oneof![
            (text(), of(text())).prop_map(|(req, registry)| RuntimeDep::Version { req, registry }),
            text().prop_map(RuntimeDep::Path),
            (text(), text(), any::<bool>()).prop_map(|(url, at, tag)| RuntimeDep::Git {
                url,
                at: if tag {
                    GitRef::Tag(at)
                } else {
                    GitRef::Rev(at)
                },
            }),
        ];
        (
            of(Just("shop-models".to_string())),
            of(Just("1.2.3".to_string())),
            of(text()),
            of(runtime),
        )
            .prop_map(|(name, version, description, runtime)| CrateSpec {
                name,
                version,
                description,
                runtime,
            })
    }

    /// The IR without source locations (which a printed copy cannot share).
    pub fn without_locs(mut db: Database) -> Database {
        for s in &mut db.schemas {
            s.loc = None;
            for t in &mut s.tables {
                t.loc = None;
                t.columns.iter_mut().for_each(|c| c.loc = None);
                t.rows.iter_mut().for_each(|r| r.loc = None);
                t.foreign_keys.iter_mut().for_each(|k| k.loc = None);
                t.uniques.iter_mut().for_each(|k| k.loc = None);
                t.indexes.iter_mut().for_each(|k| k.loc = None);
                t.checks.iter_mut().for_each(|k| k.loc = None);
                if let Some(pk) = &mut t.primary_key {
                    pk.loc = None;
                }
                if let Some(e) = &mut t.enum_spec {
                    e.loc = None;
                    e.deprecated.iter_mut().for_each(|d| d.loc = None);
                }
            }
        }
        db
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    #[test]
    fn any_ir_survives_print_then_load(db in any_ir::database()) {
        let printed = to_string(&db);
        let loaded = load_str(&printed, "printed.yaml").map_err(|d| proptest::test_runner::TestCaseError::fail(format!("{d}\n{printed}")))?;
        proptest::prop_assert_eq!(any_ir::without_locs(loaded), db, "{}", printed);
        proptest::prop_assert_eq!(to_string(&load_str(&printed, "again.yaml").unwrap_or_default()), printed);
    }
}
