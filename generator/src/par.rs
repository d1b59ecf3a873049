//! The one way gen spreads work over the cores: a shared queue of jobs, results in job
//! order (so output and the first error reported never depend on thread timing).

use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs `work` on every job on all cores, each thread taking the next job as it gets free
/// (jobs vary in size: a table file against the whole-database guide). The results come back
/// in job order.
pub fn map<J: Sync, R: Send>(jobs: &[J], work: impl Fn(&J) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads == 1 || jobs.len() < 2 {
        return jobs.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads.min(jobs.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break mine };
                        mine.push((i, work(job)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_job_order() {
        let jobs: Vec<u64> = (0..1000).collect();
        let out = super::map(&jobs, |j| {
            // Uneven work, so that threads finish out of order.
            let spin: u64 = (0..(j % 7) * 1000).map(std::hint::black_box).sum();
            (*j, spin)
        });
        let order: Vec<u64> = out.iter().map(|(j, _)| *j).collect();
        assert_eq!(order, jobs);
    }
}
