//! Phase timings on stderr when `GEN_STATS` is set (for the benchmarks in
//! docs/benchmarks.md): where a run's wall time went, without a profiler.

use std::time::Instant;

use crate::source::live::STATS_ENV;

/// A running phase; prints `gen: <name> <ms> ms` when dropped, if `GEN_STATS` is set.
#[must_use = "the phase is timed until this guard is dropped"]
pub struct Phase {
    name: &'static str,
    start: Option<Instant>,
}

/// Starts timing `name` (a no-op unless `GEN_STATS` is set).
pub fn phase(name: &'static str) -> Phase {
    let start = std::env::var_os(STATS_ENV).map(|_| Instant::now());
    Phase { name, start }
}

impl Drop for Phase {
    fn drop(&mut self) {
        if let Some(start) = self.start {
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            eprintln!("gen: {} {ms:.0} ms", self.name);
        }
    }
}
