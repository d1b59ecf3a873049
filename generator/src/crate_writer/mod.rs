//! Writing the generated crate all-or-nothing, and `--check`.
//!
//! [`plan`] compares the rendered files with the directory: which would be added, changed or
//! removed (only files carrying gen's header are ever removed or overwritten). [`apply`]
//! stages the whole new tree beside the target, then switches trees with one directory
//! rename, so a failure or a kill at any instant leaves the old tree or the new one;
//! [`recover`] finishes or undoes what an interrupted run left. [`report`] is what
//! `--check` prints.

use std::borrow::Cow;
use std::collections::BTreeMap;
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
    /// Files in the directory that gen did not write and does not render: never touched,
    /// but reported by `--check` (a `target/` directory is one entry, `target/`).
    pub foreign: Vec<String>,
}

impl Plan {
    /// Whether the directory already holds exactly the file set.
    pub fn is_clean(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && self.foreign.is_empty()
    }
}

/// Whether a file's text carries gen's header on its first line.
pub fn is_generated(text: &str) -> bool {
    text.lines().next().is_some_and(|l| l.contains(MARKER))
}

/// Every file under an output directory, read once (`target/`, a build of the crate, is
/// listed but not looked into). Taken while the schema is still loading, so
/// that reading a 10,000-file crate back costs no wall time. Only gen's own files are kept
/// whole; of any other file only its presence matters (gen never overwrites it).
#[derive(Debug, Default)]
pub struct Snapshot {
    files: BTreeMap<String, Found>,
}

/// A file in the output directory.
#[derive(Debug, Clone)]
enum Found {
    /// Written by gen: its bytes.
    Generated(Vec<u8>),
    /// Anything else.
    Foreign,
}

impl Snapshot {
    /// Reads every file under `out`; a missing directory is an empty snapshot.
    pub fn read(out: &Path) -> Result<Snapshot, GenError> {
        let mut files = BTreeMap::new();
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
                let path = entry.path();
                let kind = entry.file_type().map_err(|e| GenError::io(&path, e))?;
                if kind.is_dir() && rel_dir.as_os_str().is_empty() && name == "target" {
                    files.insert(format!("{name}/"), Found::Foreign);
                } else if kind.is_dir() {
                    dirs.push(rel);
                } else if kind.is_file() {
                    files.insert(slash(&rel), Found::read(&path)?);
                }
            }
        }
        Ok(Snapshot { files })
    }

    /// What is at `rel`: from the snapshot, or (for what the walk does not list as a file,
    /// such as a symbolic link) read now.
    fn get(&self, out: &Path, rel: &str) -> Result<Option<Cow<'_, Found>>, GenError> {
        if let Some(found) = self.files.get(rel) {
            return Ok(Some(Cow::Borrowed(found)));
        }
        let path = out.join(rel);
        match fs::symlink_metadata(&path) {
            Ok(_) => Ok(Some(Cow::Owned(Found::read(&path)?))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(GenError::io(path, e)),
        }
    }
}

impl Found {
    /// Reads the head of the file at `path`, and the rest only when gen wrote it.
    fn read(path: &Path) -> Result<Found, GenError> {
        use std::io::Read;
        let io = |e| GenError::io(path, e);
        let mut file = fs::File::open(path).map_err(io)?;
        let mut bytes = Vec::new();
        (&mut file).take(256).read_to_end(&mut bytes).map_err(io)?;
        if !head_is_generated(&bytes) {
            return Ok(Found::Foreign);
        }
        file.read_to_end(&mut bytes).map_err(io)?;
        Ok(Found::Generated(bytes))
    }
}

/// Compares `files` with the directory `out`, as `snapshot` read it. A file in the way that
/// gen did not write is an error: it is never overwritten.
pub fn plan(out: &Path, files: &FileSet, snapshot: &Snapshot) -> Result<Plan, GenError> {
    let mut plan = Plan::default();
    for (rel, new) in files {
        match snapshot.get(out, rel)?.as_deref() {
            Some(Found::Generated(old)) if *old == new.as_bytes() => plan.unchanged += 1,
            Some(Found::Generated(old)) => {
                let old = String::from_utf8_lossy(old).into_owned();
                plan.changed.push((rel.clone(), old));
            }
            Some(Found::Foreign) => {
                return Err(GenError::Usage(format!(
                    "{} exists but was not written by `gen` (its first line lacks the generated header); move it out of {} and run `gen models` again",
                    out.join(rel).display(),
                    out.display()
                )));
            }
            None => plan.added.push(rel.clone()),
        }
    }
    for (rel, found) in &snapshot.files {
        if files.contains_key(rel) {
            continue;
        }
        match found {
            Found::Generated(_) => plan.removed.push(rel.clone()),
            Found::Foreign => plan.foreign.push(rel.clone()),
        }
    }
    Ok(plan)
}

fn head_is_generated(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256)];
    is_generated(&String::from_utf8_lossy(head))
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
    for rel in &plan.foreign {
        out.push_str(&format!(
            "not generated: {shown}/{rel} (no gen header; gen models leaves it, so remove it by hand or move it out)\n"
        ));
    }
    let n = plan.added.len() + plan.changed.len() + plan.removed.len() + plan.foreign.len();
    out.push_str(&format!(
        "{shown}/ is out of date ({n} file(s) differ from schema.yaml); run `gen models` to regenerate it\n"
    ));
    out
}

mod apply;
pub use apply::{apply, recover};
