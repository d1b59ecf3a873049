//! `gen`: a thin shell over the `generator` library.

use std::process::ExitCode;

use clap::Parser;
use generator::cli::{Cli, Command};
use generator::error::EXIT_INPUT;

// glibc malloc/free were about a quarter of `gen models` on large schemas (syn and
// prettyplease allocate per token); mimalloc's thread-local heaps halve that.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc.h (v3, which libmimalloc-sys builds by default): `mi_option_purge_delay` is
/// entry 15 of `mi_option_e`; the Rust bindings leave it out. A test checks the index by the
/// option's default (1,000 ms in v3's options.c).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// gen runs for seconds and then exits, touching a few hundred MB once: memory it frees is
/// better kept for its next allocation than handed back to the kernel and faulted in again as
/// zeroed pages, and transparent huge pages (which mimalloc asks for) make the kernel zero
/// 2 MiB per first touch. Page clearing was a fifth to a quarter of `gen models` at 10,000
/// tables; without both, system time went from ~1.5 s to ~0.4 s.
fn tune_memory() {
    // SAFETY: mi_option_set only stores an integer in mimalloc's option table; it is called
    // before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
    // SAFETY: PR_SET_THP_DISABLE takes integers only and affects this process alone; failure
    // (an old kernel) just leaves huge pages on.
    #[cfg(target_os = "linux")]
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    tune_memory();
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
        Command::CheckSql(a) => generator::commands::check_sql::run(a),
    };
    for line in generator::stats::take() {
        eprintln!("{line}");
    }
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_purge_delay_index_is_mimallocs() {
        // SAFETY: reads an option value.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 1000, "not mi_option_purge_delay (default 1000 ms)");
    }
}
