//! Drift baselines: today's known differences, recorded in a reviewable YAML file so that
//! `gen diff --baseline` reports only new ones and lists entries that no longer apply (stale),
//! letting the file only shrink. Every entry names the environment it was accepted for
//! (`env: prod`), or says it applies to every database (`env: "*"`), so drift accepted in
//! one environment never hides the same drift in another.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Difference, Grade, Kind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::error::GenError;
use crate::ir::Loc;

/// The `env` of an entry that applies to every database compared.
pub const ALL: &str = "*";

/// The baseline file's content.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Known differences, sorted by path, kind, sides and environment.
    pub differences: Vec<Entry>,
}

/// One accepted difference in one environment (or all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The environment (`--env` name) it was accepted for, or [`ALL`].
    pub env: String,
    /// How bad it is.
    pub grade: Grade,
    /// What kind of difference.
    pub kind: Kind,
    /// The object.
    pub path: String,
    /// What schema.yaml says.
    pub expected: Option<String>,
    /// What the database has.
    pub actual: Option<String>,
}

/// The differences of one compared environment; `None` when it was unreachable.
pub struct EnvDiffs<'a> {
    /// Its `--env` name; [`ALL`] for the one database of a `--url` run.
    pub env: &'a str,
    /// What it differs in.
    pub diffs: Option<&'a [Difference]>,
}

impl Entry {
    fn of(env: &str, d: &Difference) -> Entry {
        Entry {
            env: env.to_owned(),
            grade: d.grade,
            kind: d.kind,
            path: d.path.clone(),
            expected: d.expected.clone(),
            actual: d.actual.clone(),
        }
    }

    /// The difference it records.
    pub fn difference(&self) -> Difference {
        Difference {
            grade: self.grade,
            kind: self.kind,
            path: self.path.clone(),
            expected: self.expected.clone(),
            actual: self.actual.clone(),
        }
    }

    /// Whether it accepts `d` seen in environment `env`: same kind, path and both sides, and
    /// recorded for that environment or for all.
    fn accepts(&self, env: &str, d: &Difference) -> bool {
        (self.env == ALL || self.env == env)
            && self.kind == d.kind
            && self.path == d.path
            && self.expected == d.expected
            && self.actual == d.actual
    }
}

impl Baseline {
    /// A baseline recording the differences of every reachable environment, one entry per
    /// environment, sorted so the file reviews well and diffs cleanly.
    pub fn of(envs: &[EnvDiffs<'_>]) -> Baseline {
        let mut differences: Vec<Entry> = envs
            .iter()
            .flat_map(|e| {
                e.diffs
                    .unwrap_or_default()
                    .iter()
                    .map(|d| Entry::of(e.env, d))
            })
            .collect();
        differences.sort_by(|a, b| {
            (&a.path, a.kind, &a.expected, &a.actual, &a.env).cmp(&(
                &b.path,
                b.kind,
                &b.expected,
                &b.actual,
                &b.env,
            ))
        });
        differences.dedup();
        Baseline { differences }
    }

    /// The file's text.
    pub fn to_yaml(&self) -> Result<String, GenError> {
        serde_norway::to_string(self)
            .map_err(|e| GenError::Usage(format!("cannot write the baseline: {e}")))
    }

    /// Reads a baseline file; a malformed one is bad input with its line and column.
    pub fn read(path: &Path) -> Result<Baseline, GenError> {
        let text = crate::diag::read_text(path)?;
        serde_norway::from_str(&text).map_err(|e| {
            let loc = e.location().map(|l| Loc {
                file: path.display().to_string().into(),
                line: l.line() as u32,
                column: l.column() as u32,
            });
            let d = Diagnostic::error(loc, format!("not a drift baseline: {e}"))
                .with_help("write it again with `gen diff --write-baseline FILE`; every entry names its environment (`env: prod`, or `env: \"*\"` for all)");
            GenError::Input(Diagnostics(vec![d]))
        })
    }

    /// The differences of environment `env` the baseline does not accept.
    pub fn new_in(&self, env: &str, current: &[Difference]) -> Vec<Difference> {
        current
            .iter()
            .filter(|d| !self.differences.iter().any(|e| e.accepts(env, d)))
            .cloned()
            .collect()
    }

    /// Entries no current difference of their environment matches: fixed since. An entry for
    /// an environment that was unreachable, or not compared, is not judged.
    pub fn stale(&self, envs: &[EnvDiffs<'_>]) -> Vec<Entry> {
        self.differences
            .iter()
            .filter(|entry| {
                let mine: Vec<&EnvDiffs<'_>> = envs
                    .iter()
                    .filter(|e| entry.env == ALL || e.env == entry.env)
                    .collect();
                !mine.is_empty()
                    && mine.iter().all(|e| e.diffs.is_some())
                    && !mine.iter().any(|e| {
                        e.diffs
                            .unwrap_or_default()
                            .iter()
                            .any(|d| entry.accepts(e.env, d))
                    })
            })
            .cloned()
            .collect()
    }
}
