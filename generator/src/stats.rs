//! Phase timings when `GEN_STATS` is set (for the benchmarks in docs/benchmarks.md): where a
//! run's wall time went, without a profiler. The library only records them; the CLI prints
//! what [`take`] returns (`gen: <name> <ms> ms` lines on stderr) when the command ends.

use std::sync::{Mutex, PoisonError};
use std::time::Instant;

/// Setting this environment variable makes a run record its phase timings, and every
/// introspection its statement count and time.
pub const STATS_ENV: &str = "GEN_STATS";

static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Whether [`STATS_ENV`] is set.
pub fn enabled() -> bool {
    std::env::var_os(STATS_ENV).is_some()
}

/// Records one line for the caller (only when [`enabled`]).
pub fn record(line: String) {
    if enabled() {
        LINES
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(line);
    }
}

/// The lines recorded so far, in order, leaving none behind.
pub fn take() -> Vec<String> {
    std::mem::take(&mut *LINES.lock().unwrap_or_else(PoisonError::into_inner))
}

/// A running phase; records `gen: <name> <ms> ms` when dropped, if `GEN_STATS` is set.
#[must_use = "the phase is timed until this guard is dropped"]
pub struct Phase {
    name: &'static str,
    start: Option<Instant>,
}

/// Starts timing `name` (a no-op unless `GEN_STATS` is set).
pub fn phase(name: &'static str) -> Phase {
    let start = enabled().then(Instant::now);
    Phase { name, start }
}

impl Drop for Phase {
    fn drop(&mut self) {
        if let Some(start) = self.start {
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            record(format!("gen: {} {ms:.0} ms", self.name));
        }
    }
}
