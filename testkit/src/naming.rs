//! Database names: unique per process and call, safe as PostgreSQL identifiers.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// `gen_test_<prefix>_<pid>_<counter><nanos>`: the prefix reduced to `[a-z0-9_]` and cut so the
/// whole stays under PostgreSQL's 63-byte identifier limit.
pub(crate) fn unique_name(prefix: &str) -> String {
    let clean: String = prefix
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .take(20)
        .collect();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("gen_test_{clean}_{}_{n}_{nanos}", std::process::id())
}

/// The pid in a name [`unique_name`] made (`gen_test_<prefix>_<pid>_<n>_<nanos>`).
pub(crate) fn creator_pid(name: &str) -> Option<u32> {
    let parts: Vec<&str> = name.rsplitn(4, '_').collect();
    match parts.as_slice() {
        [_nanos, _n, pid, _rest] => pid.parse().ok(),
        _ => None,
    }
}

/// A stable 64-bit FNV-1a hash (std's hasher may change between Rust releases, and template
/// names must stay the same across test binaries).
pub(crate) fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_short() {
        let a = unique_name("Weird Prefix-With/Chars and a very long tail");
        let b = unique_name("Weird Prefix-With/Chars and a very long tail");
        assert_ne!(a, b);
        assert!(a.len() <= 63, "{a}");
        assert!(a.starts_with("gen_test_weird_prefix_with_c"));
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
        assert_eq!(stable_hash("x"), stable_hash("x"));
        assert_ne!(stable_hash("x"), stable_hash("y"));
        assert_eq!(creator_pid(&a), Some(std::process::id()));
        assert_eq!(creator_pid("gen_test_x"), None);
    }
}
