//! `gen models`: load and name the IR, render the crate in memory, then write it
//! all-or-nothing or (with `--check`) report how the directory differs.

use std::path::Path;

use crate::cli::ModelsArgs;
use crate::commands::source::{self, Fallback};
use crate::error::{EXIT_DRIFT, EXIT_OK, GenError};
use crate::ir::Database;
use crate::{crate_writer, pipeline, render};

/// Runs `gen models`.
pub fn run(args: &ModelsArgs) -> Result<u8, GenError> {
    // The output directory is read back while the schema loads (both are mostly waiting on
    // something: the disk, or one core's parse).
    std::thread::scope(|scope| {
        let snapshot = scope.spawn(|| {
            recover(&args.out)?;
            crate_writer::Snapshot::read(&args.out)
        });
        let live = source::single(
            args.url.as_deref(),
            args.env.as_deref(),
            Fallback::None,
            &source::process_env,
        )?;
        let loaded = match live {
            Some(target) => load_live(&target.url, &args.schema)?,
            None => pipeline::load_schema(&args.schema)?,
        };
        for warning in loaded.warnings.warnings() {
            eprintln!("{warning}");
        }
        if args.dump_ir {
            crate::stdout::println(format_args!("{:#?}", loaded.db));
            return Ok(EXIT_OK);
        }
        let templates = args.templates.as_deref();
        let files = render_files(&loaded.db, templates)?;
        let snapshot = snapshot
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))?;
        write_or_check(&files, &args.out, &snapshot, args.check)
    })
}

/// Reads the live database `url`; when the schema file exists, its settings the database
/// cannot hold (enum tables, descriptions, `rust_type:` mappings) are merged in, exactly as
/// `gen introspect` would write them, so both sources generate the same crate.
fn load_live(url: &str, schema: &Path) -> Result<pipeline::Loaded, GenError> {
    let dialect = db::conn::ConnSpec::parse(url)?.dialect();
    let base = if schema.exists() {
        Some(pipeline::parse_schema(schema)?)
    } else {
        None
    };
    let (live, diags) = crate::source::live::load(url, base.as_ref(), &super::progress)?;
    if diags.has_errors() {
        return Err(GenError::Input(diags));
    }
    let mut diags = diags;
    let db = match &base {
        Some(b) => {
            let mut merged = super::merge::merge(b, &live, dialect);
            diags
                .0
                .extend(super::merge::settle_dialect(&mut merged, dialect));
            merged
        }
        None => live,
    };
    let mut loaded = pipeline::prepare(db)?;
    loaded.warnings.0.splice(0..0, diags.0);
    Ok(loaded)
}

/// Renders the crate for a named IR into `out` (or, with `check`, compares it); returns the
/// exit code. Separate from [`run`] so that tests and benchmarks can start from an IR.
pub fn generate(
    db: &Database,
    out: &Path,
    templates: Option<&Path>,
    check: bool,
) -> Result<u8, GenError> {
    recover(out)?;
    let files = render_files(db, templates)?;
    write_or_check(&files, out, &crate_writer::Snapshot::read(out)?, check)
}

fn render_files(db: &Database, templates: Option<&Path>) -> Result<render::FileSet, GenError> {
    let _phase = crate::stats::phase("render");
    render::render(db, templates)
}

/// Writes `files` into `out` all-or-nothing (or, with `check`, reports how it differs).
fn write_or_check(
    files: &render::FileSet,
    out: &Path,
    snapshot: &crate_writer::Snapshot,
    check: bool,
) -> Result<u8, GenError> {
    let phase = crate::stats::phase("compare with the output directory");
    let plan = crate_writer::plan(out, files, snapshot)?;
    drop(phase);
    let shown = out.display().to_string();
    if check {
        if plan.is_clean() {
            eprintln!("{shown}/ is up to date ({} files)", plan.unchanged);
            return Ok(EXIT_OK);
        }
        crate::stdout::print(crate_writer::report(&plan, files, &shown));
        return Ok(EXIT_DRIFT);
    }
    let phase = crate::stats::phase("write");
    crate_writer::apply(out, &plan, files)?;
    drop(phase);
    for rel in &plan.foreign {
        eprintln!("note: {shown}/{rel} was not written by gen; left as it is");
    }
    eprintln!(
        "{shown}/: {} added, {} changed, {} removed, {} unchanged",
        plan.added.len(),
        plan.changed.len(),
        plan.removed.len(),
        plan.unchanged
    );
    Ok(EXIT_OK)
}

/// Puts right what an interrupted run left beside `out`, saying so.
fn recover(out: &Path) -> Result<(), GenError> {
    for note in crate_writer::recover(out)? {
        eprintln!("{note}");
    }
    Ok(())
}
