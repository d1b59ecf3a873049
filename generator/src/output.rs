//! Writing the generated crate all-or-nothing, and `--check`.
//!
//! [`plan`] compares the rendered files with the directory: which would be added, changed or
//! removed (only files carrying gen's header are ever removed or overwritten). [`apply`]
//! stages every new file beside the target first, then moves files into place, keeping the
//! old ones in a backup directory until all moves succeeded; any failure restores them, so a
//! failure leaves the directory exactly as it was. [`report`] is what `--check` prints.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::GenError;
use crate::render::{FileSet, MARKER};

/// What writing a file set would do to a directory.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    /// New files (relative paths with `/`).
    pub added: Vec<String>,
    /// Files whose bytes would change, with their current contents.
    pub changed: Vec<(String, String)>,
    /// Generated files that no longer belong.
    pub removed: Vec<String>,
    /// Files already identical.
    pub unchanged: usize,
}

impl Plan {
    /// Whether the directory already holds exactly the file set.
    pub fn is_clean(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// Whether a file's text carries gen's header on its first line.
pub fn is_generated(text: &str) -> bool {
    text.lines().next().is_some_and(|l| l.contains(MARKER))
}

/// Compares `files` with the directory `out`. A file in the way that gen did not write is an
/// error: it is never overwritten.
pub fn plan(out: &Path, files: &FileSet) -> Result<Plan, GenError> {
    let mut plan = Plan::default();
    for (rel, new) in files {
        let path = out.join(rel);
        match fs::read(&path) {
            Ok(old) if old == new.as_bytes() => plan.unchanged += 1,
            Ok(old) => {
                let old = String::from_utf8_lossy(&old).into_owned();
                if !is_generated(&old) {
                    return Err(GenError::Usage(format!(
                        "{} exists but was not written by `gen` (its first line lacks the generated header); move it out of {} and run `gen models` again",
                        path.display(),
                        out.display()
                    )));
                }
                plan.changed.push((rel.clone(), old));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => plan.added.push(rel.clone()),
            Err(e) => return Err(GenError::io(path, e)),
        }
    }
    for rel in existing_generated(out)? {
        if !files.contains_key(&rel) {
            plan.removed.push(rel);
        }
    }
    Ok(plan)
}

/// Relative paths of the generated files under `out`, sorted. Hidden directories and
/// `target/` (a build of the crate) are not looked into.
fn existing_generated(out: &Path) -> Result<Vec<String>, GenError> {
    let mut found = Vec::new();
    let mut dirs = vec![PathBuf::new()];
    while let Some(rel_dir) = dirs.pop() {
        let dir = out.join(&rel_dir);
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(GenError::io(dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| GenError::io(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = rel_dir.join(&name);
            let kind = entry
                .file_type()
                .map_err(|e| GenError::io(entry.path(), e))?;
            if kind.is_dir() && !name.starts_with('.') && name != "target" {
                dirs.push(rel);
            } else if kind.is_file() && first_line_is_generated(&entry.path())? {
                found.push(slash(&rel));
            }
        }
    }
    found.sort();
    Ok(found)
}

fn first_line_is_generated(path: &Path) -> Result<bool, GenError> {
    let bytes = fs::read(path).map_err(|e| GenError::io(path, e))?;
    let head = &bytes[..bytes.len().min(256)];
    Ok(is_generated(&String::from_utf8_lossy(head)))
}

fn slash(rel: &Path) -> String {
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}

/// The `--check` report: a unified diff per changed file, then the files that would be added
/// or removed, then what to run. `shown` is how the directory is named in it (`generated`).
pub fn report(plan: &Plan, files: &FileSet, shown: &str) -> String {
    let mut out = String::new();
    for (rel, old) in &plan.changed {
        let new = files.get(rel).map(String::as_str).unwrap_or_default();
        let diff = similar::TextDiff::from_lines(old.as_str(), new)
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{shown}/{rel}"), &format!("b/{shown}/{rel}"))
            .to_string();
        out.push_str(&diff);
    }
    for rel in &plan.added {
        out.push_str(&format!("would add: {shown}/{rel}\n"));
    }
    for rel in &plan.removed {
        out.push_str(&format!("would remove: {shown}/{rel}\n"));
    }
    let n = plan.added.len() + plan.changed.len() + plan.removed.len();
    out.push_str(&format!(
        "{shown}/ is out of date ({n} file(s) differ from schema.yaml); run `gen models` to regenerate it\n"
    ));
    out
}

mod apply;
pub use apply::apply;
