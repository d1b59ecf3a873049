//! `gen`: a thin shell over the `generator` library.

use std::process::ExitCode;

use clap::Parser;
use generator::cli::{Cli, Command};
use generator::error::EXIT_INPUT;

// glibc malloc/free were about a quarter of `gen models` on large schemas (syn and
// prettyplease allocate per token); mimalloc's thread-local heaps halve that.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout with success, usage errors to stderr.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_INPUT } else { 0 });
        }
    };
    let result = match &cli.command {
        Command::Models(a) => generator::commands::models::run(a),
        Command::Introspect(a) => generator::commands::introspect::run(a),
        Command::Diff(a) => generator::commands::diff::run(a),
        Command::Ddl(a) => generator::commands::ddl::run(a),
        Command::Lint(a) => generator::commands::lint::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
    }
}
