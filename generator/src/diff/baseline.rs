//! Drift baselines: today's known differences, recorded in a reviewable YAML file so that
//! `gen diff --baseline` reports only new ones and lists entries that no longer apply (stale),
//! letting the file only shrink.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Difference;
use crate::diag::{Diagnostic, Diagnostics};
use crate::error::GenError;
use crate::ir::Loc;

/// The baseline file's content.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Known differences, sorted by path, kind and sides.
    pub differences: Vec<Difference>,
}

/// What remains after taking a baseline into account.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Applied {
    /// Differences the baseline does not record.
    pub new: Vec<Difference>,
    /// Baseline entries no current difference matches: fixed, so remove them from the file.
    pub stale: Vec<Difference>,
}

impl Baseline {
    /// A baseline recording `diffs`, sorted so the file reviews well and diffs cleanly.
    pub fn of(diffs: &[Difference]) -> Baseline {
        let mut differences = diffs.to_vec();
        differences.sort_by(|a, b| {
            (&a.path, a.kind, &a.expected, &a.actual).cmp(&(
                &b.path,
                b.kind,
                &b.expected,
                &b.actual,
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
                .with_help("write it again with `gen diff --write-baseline FILE`");
            GenError::Input(Diagnostics(vec![d]))
        })
    }

    /// Splits `current` into what the baseline does not know, and lists what it knows that no
    /// longer happens. An entry matches only when kind, path and both sides are equal, so a
    /// difference that changes again is reported anew.
    pub fn apply(&self, current: &[Difference]) -> Applied {
        Applied {
            new: current
                .iter()
                .filter(|d| !self.differences.contains(d))
                .cloned()
                .collect(),
            stale: self
                .differences
                .iter()
                .filter(|d| !current.contains(d))
                .cloned()
                .collect(),
        }
    }
}
