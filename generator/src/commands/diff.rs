//! `gen diff`: schema.yaml against one live database (`--url`) or several environments
//! (`--env NAME=VAR`, connected in parallel), graded, optionally filtered by a baseline.

use std::path::Path;
use std::sync::Arc;

use crate::cli::{DiffArgs, FailOn, Format};
use crate::commands::source::{self, EnvArg, Fallback, Target};
use crate::diag::Diagnostics;
use crate::diff::baseline::{self, Baseline, EnvDiffs};
use crate::diff::matrix::{self, EnvResult};
use crate::diff::{self, Difference, Grade, report};
use crate::error::{EXIT_DATABASE, EXIT_DRIFT, EXIT_OK, GenError};
use crate::ir::Database;
use crate::pipeline;
use crate::source::live;
use db::conn::ConnSpec;

/// Runs `gen diff`.
pub fn run(args: &DiffArgs) -> Result<u8, GenError> {
    let targets = targets(args)?;
    // Before any connection: a missing baseline is a setup problem, not a database's.
    let baseline = match &args.baseline {
        Some(path) => Some(read_baseline(args, path)?),
        None => None,
    };
    let loaded = pipeline::load_schema(&args.schema)?;
    for w in loaded.warnings.warnings() {
        eprintln!("{w}");
    }
    let expected = Arc::new(loaded.db);
    let runtime = live::runtime()?;
    let outcomes = runtime.block_on(compare_all(&expected, &targets));
    let mut envs = Vec::new();
    for (t, outcome) in targets.iter().zip(outcomes) {
        let outcome = match outcome {
            Ok(diffs) => Ok(diffs),
            // With one database its failure is the command's failure (exit 3, cause on stderr).
            Err(GenError::Database(e)) if targets.len() > 1 => Err(e.to_string()),
            Err(e) => return Err(e),
        };
        envs.push(EnvResult {
            name: t.name.clone(),
            outcome,
        });
    }
    finish(args, envs, baseline.as_ref(), targets.len() > 1)
}

/// The `--baseline` file; when it does not exist, exit 2 naming the command that records it.
/// It is never created here: a file written on a CI runner would be lost, and an empty one
/// would accept all drift.
fn read_baseline(args: &DiffArgs, path: &Path) -> Result<Baseline, GenError> {
    if !path.exists() {
        let sources = if args.env.is_empty() {
            "--url \"$DATABASE_URL\"".to_string()
        } else {
            args.env
                .iter()
                .map(|e| format!("--env {e}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        return Err(GenError::Usage(format!(
            "the drift baseline {} does not exist; record the drift you accept today with `gen diff {sources} --schema {} --write-baseline {}`, review the file and commit it (gen never creates it on its own)",
            path.display(),
            args.schema.display(),
            path.display()
        )));
    }
    Baseline::read(path)
}

/// `--url`, or every `--env NAME=VAR` with VAR's value, or `DATABASE_URL`.
fn targets(args: &DiffArgs) -> Result<Vec<Target>, GenError> {
    if args.env.is_empty() {
        let one = source::single(
            args.url.as_deref(),
            None,
            Fallback::DatabaseUrl,
            &source::process_env,
        )?;
        return Ok(one.into_iter().collect());
    }
    args.env
        .iter()
        .map(|arg| {
            let e = EnvArg::parse(arg)?;
            let url = e
                .value(&source::process_env)
                .ok_or_else(|| source::unset(&e))?;
            Ok(Target { name: e.name, url })
        })
        .collect()
}

/// Introspects every target concurrently and compares each with `expected`, in target order.
async fn compare_all(
    expected: &Arc<Database>,
    targets: &[Target],
) -> Vec<Result<Vec<Difference>, GenError>> {
    let mut handles = Vec::new();
    for t in targets {
        let (expected, url) = (Arc::clone(expected), t.url.clone());
        handles.push(tokio::spawn(
            async move { compare_one(&expected, &url).await },
        ));
    }
    let mut out = Vec::new();
    for h in handles {
        out.push(
            h.await
                .unwrap_or_else(|e| Err(GenError::Usage(format!("comparing failed: {e}")))),
        );
    }
    out
}

async fn compare_one(expected: &Database, url: &str) -> Result<Vec<Difference>, GenError> {
    let spec = ConnSpec::parse(url)?;
    let (live, diags, _) = live::load_spec(&spec, Some(expected), &super::progress).await?;
    if diags.has_errors() {
        return Err(GenError::Input(diags));
    }
    print_warnings(&diags);
    Ok(diff::compare(expected, &live, spec.dialect()))
}

fn print_warnings(diags: &Diagnostics) {
    for w in diags.warnings() {
        eprintln!("{w}");
    }
}

/// Applies or writes the baseline, prints the report and picks the exit code.
fn finish(
    args: &DiffArgs,
    mut envs: Vec<EnvResult>,
    baseline: Option<&Baseline>,
    several: bool,
) -> Result<u8, GenError> {
    // A `--url` run compares one unnamed database: its entries apply to any database.
    let env_name = |e: &EnvResult| -> String {
        match args.env.is_empty() {
            false => e.name.clone(),
            true => baseline::ALL.to_owned(),
        }
    };
    let names: Vec<String> = envs.iter().map(env_name).collect();
    let current: Vec<Option<Vec<Difference>>> = envs
        .iter()
        .map(|e| e.outcome.as_ref().ok().cloned())
        .collect();
    let views: Vec<EnvDiffs<'_>> = names
        .iter()
        .zip(&current)
        .map(|(env, diffs)| EnvDiffs {
            env,
            diffs: diffs.as_deref(),
        })
        .collect();
    if let Some(path) = &args.write_baseline {
        let written = Baseline::of(&views);
        std::fs::write(path, written.to_yaml()?).map_err(|e| GenError::io(path, e))?;
        eprintln!(
            "recorded {} difference(s) in {}",
            written.differences.len(),
            path.display()
        );
    }
    let mut stale = Vec::new();
    if let Some(baseline) = baseline {
        stale = baseline.stale(&views);
        for (env, name) in envs.iter_mut().zip(&names) {
            if let Ok(diffs) = &mut env.outcome {
                *diffs = baseline.new_in(name, diffs);
            }
        }
    }
    print_report(args.format, &envs, several);
    if !stale.is_empty() {
        let path = args
            .baseline
            .as_deref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        eprintln!("stale baseline entries (fixed since; remove them from {path}):");
        for e in &stale {
            eprintln!("  {}: {}", e.env, report::line(&e.difference()));
        }
    }
    if args.write_baseline.is_some() && envs.iter().all(|e| e.outcome.is_ok()) {
        // Recording today's drift is the point of the run; it is not a failure.
        return Ok(EXIT_OK);
    }
    let code = exit_code(args, &envs);
    if code == EXIT_OK {
        eprintln!(
            "{}",
            summary(args, &envs, current.iter().flatten().map(Vec::len).sum())
        );
    }
    Ok(code)
}

/// The one line `gen diff` ends with when it exits 0.
fn summary(args: &DiffArgs, envs: &[EnvResult], before_baseline: usize) -> String {
    let names: Vec<&str> = envs.iter().map(|e| e.name.as_str()).collect();
    let left: usize = envs
        .iter()
        .map(|e| e.outcome.as_ref().map_or(0, Vec::len))
        .sum();
    let accepted = before_baseline - left;
    let by_baseline = match accepted {
        0 => String::new(),
        n => format!("; {n} accepted by the baseline"),
    };
    if left == 0 {
        format!(
            "in sync: {} matches {}{by_baseline}",
            args.schema.display(),
            names.join(", ")
        )
    } else {
        let fail_on = match args.fail_on {
            FailOn::Breaking => "breaking",
            FailOn::Additive => "additive",
            FailOn::Any => "any",
        };
        format!(
            "{left} difference(s) with {}, none of them reaching --fail-on {fail_on}{by_baseline}",
            names.join(", ")
        )
    }
}

fn print_report(format: Format, envs: &[EnvResult], several: bool) {
    match (format, several) {
        (Format::Text, true) => crate::stdout::print(matrix::text(envs)),
        (Format::Text, false) => {
            let diffs = envs
                .iter()
                .flat_map(|e| e.outcome.iter().flatten().cloned())
                .collect::<Vec<_>>();
            crate::stdout::print(report::text(&diffs));
        }
        (Format::Json, _) => {
            for env in envs {
                match &env.outcome {
                    Ok(diffs) => crate::stdout::print(report::json(
                        diffs,
                        several.then_some(env.name.as_str()),
                    )),
                    Err(cause) => eprintln!("{}: unreachable: {cause}", env.name),
                }
            }
        }
    }
}

/// 3 if any environment was unreachable; else 1 when a difference reaches `--fail-on`; else 0.
fn exit_code(args: &DiffArgs, envs: &[EnvResult]) -> u8 {
    if envs.iter().any(|e| e.outcome.is_err()) {
        return EXIT_DATABASE;
    }
    let diffs: Vec<Difference> = envs
        .iter()
        .flat_map(|e| e.outcome.iter().flatten().cloned())
        .collect();
    let threshold = match args.fail_on {
        FailOn::Breaking => Grade::Breaking,
        FailOn::Additive => Grade::Additive,
        FailOn::Any => Grade::Cosmetic,
    };
    match diff::worst(&diffs) {
        Some(worst) if worst <= threshold => EXIT_DRIFT,
        _ => EXIT_OK,
    }
}
