//! Constant-time comparison.

use subtle::ConstantTimeEq;

/// Compares two byte strings in time that depends only on their lengths, never on where they
/// first differ, so an attacker timing responses learns nothing about a stored secret.
///
/// Lengths are not secret here (tokens and hashes have fixed lengths); unequal lengths return
/// `false` at once.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn equal_and_unequal() {
        assert!(constant_time_eq(b"", b""));
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"abc", b""));
    }
}
