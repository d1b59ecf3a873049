//! `gen check-sql`: checks `.sql` files and the SQL string literals of Rust sources against
//! the schema, printing one `file:line:column: message` line per problem on stdout (exit 1
//! when there are any) and how many statements it checked on stderr.

use crate::cli::CheckSqlArgs;
use crate::error::{EXIT_DRIFT, EXIT_OK, GenError};
use crate::sqlscan::{self, Found};
use crate::{pipeline, sqlschema};

/// Runs `gen check-sql`.
pub fn run(args: &CheckSqlArgs) -> Result<u8, GenError> {
    let loaded = pipeline::load_schema(&args.schema)?;
    for w in loaded.warnings.warnings() {
        eprintln!("{w}");
    }
    let owned = sqlschema::Owned::new(&loaded.db);
    let files = sqlscan::files(&args.paths).map_err(|e| {
        let shown = args
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" ");
        GenError::io(shown, e)
    })?;
    let report = owned.with(|schema| -> Result<Report, GenError> {
        let mut report = Report::default();
        for file in &files {
            let text = std::fs::read_to_string(file).map_err(|e| GenError::io(file, e))?;
            let shown = file.display().to_string();
            for (found, dialect, script) in statements(schema, file, &text) {
                report.check(schema, &shown, &found, dialect, script);
            }
        }
        Ok(report)
    })?;
    for line in &report.lines {
        crate::stdout::println(line);
    }
    eprintln!(
        "checked {} statement(s) in {} file(s): {} problem(s)",
        report.statements,
        files.len(),
        report.lines.len()
    );
    Ok(if report.lines.is_empty() {
        EXIT_OK
    } else {
        EXIT_DRIFT
    })
}

/// The SQL texts of one file, the dialect each is checked in, and whether it is a script of
/// separate statements (a `.sql` file) rather than one batch (a literal).
fn statements(
    schema: &sql_check::Schema<'_>,
    file: &std::path::Path,
    text: &str,
) -> Vec<(Found, sql_check::Dialect, bool)> {
    if file.extension().is_some_and(|e| e == "sql") {
        let found = Found {
            sql: text.to_owned(),
            literal: None,
        };
        return vec![(found, sql_check::Dialect::guess(text), true)];
    }
    let Some(literals) = sqlscan::string_literals(text) else {
        return Vec::new();
    };
    literals
        .into_iter()
        .filter_map(|(decoded, line, col)| {
            let dialect = sql_check::candidate(schema, &decoded.value)?;
            let found = Found {
                sql: decoded.value.clone(),
                literal: Some((decoded, line, col)),
            };
            Some((found, dialect, false))
        })
        .collect()
}

/// Problems and counts so far.
#[derive(Default)]
struct Report {
    statements: usize,
    lines: Vec<String>,
}

impl Report {
    fn check(
        &mut self,
        schema: &sql_check::Schema<'_>,
        file: &str,
        found: &Found,
        dialect: sql_check::Dialect,
        script: bool,
    ) {
        if sql_check::opted_out(&found.sql) {
            return;
        }
        let result = if script {
            sql_check::check_script(schema, &found.sql, dialect)
        } else {
            sql_check::check(schema, &found.sql, dialect)
        };
        match result {
            Ok(c) => self.statements += c.statements - c.unchecked.len(),
            Err(problems) => {
                self.statements += sql_check::statement_count(&found.sql, dialect);
                for p in problems {
                    let (line, col) = found.place(p.line, p.column);
                    self.lines
                        .push(format!("{file}:{line}:{col}: {}", p.message));
                }
            }
        }
    }
}
