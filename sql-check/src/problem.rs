//! What a check reports: a problem at a line and column of the statement text.

use std::fmt;

/// One problem in a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line inside the statement text, from 1.
    pub line: u64,
    /// Column inside that line, from 1 (characters).
    pub column: u64,
    /// What is wrong and, where the schema suggests one, the fix.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// The closest of `candidates` to `name` (case-insensitive edit distance), when it is close
/// enough to be a likely misspelling or a renamed column (`EmailVerified` → `IsEmailVerified`).
pub fn closest<'c>(name: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let lower = name.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let cl = c.to_lowercase();
        let d = edit_distance(&lower, &cl);
        let longest = lower.chars().count().max(cl.chars().count());
        let shortest = lower.chars().count().min(cl.chars().count());
        let contains = shortest >= 3
            && shortest * 2 >= longest
            && (cl.contains(&lower) || lower.contains(&cl));
        if ((d <= 2 && longest >= 5) || d * 3 <= longest || contains)
            && best.is_none_or(|(bd, _)| d < bd)
        {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// `; did you mean `x`?` or nothing.
pub fn did_you_mean<'c>(name: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    match closest(name, candidates) {
        Some(c) => format!("; did you mean `{c}`?"),
        None => String::new(),
    }
}

/// Levenshtein distance over characters (also the generator's, for its own "did you mean").
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renamed_and_misspelt_names_find_their_column() {
        let cols = ["UserID", "Email", "IsEmailVerified", "StatusID"];
        assert_eq!(closest("EmailVerified", cols), Some("IsEmailVerified"));
        assert_eq!(closest("Emial", cols), Some("Email"));
        assert_eq!(closest("UserStatusID", cols), Some("StatusID"));
        assert_eq!(closest("Completely", cols), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
