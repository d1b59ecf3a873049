//! The all-or-nothing write, safe against a kill at any instant.
//!
//! The whole new tree is staged in `.NAME.gen-staging-PID` beside the output directory: the
//! rendered files written, every unchanged generated file and every file gen did not write
//! hard-linked (or copied) from the old tree. Then one directory rename switches trees: on
//! Linux the two are exchanged atomically (`renameat2(RENAME_EXCHANGE)`), so the output
//! directory is at every instant the old tree or the new one, and the old tree, now under
//! the staging name, is renamed to `.NAME.gen-backup-PID` and removed. Elsewhere the old
//! tree is first renamed to the backup name and the new one into place.
//!
//! Every run first [`recover`]s what an interrupted run (a process no longer alive) left:
//! an output directory missing while a backup exists is the old tree put back; any other
//! staging or backup directory is litter and removed.

use std::fs;
use std::path::{Path, PathBuf};

use super::Plan;
use crate::error::GenError;
use crate::render::FileSet;

const STAGING: &str = "staging";
const BACKUP: &str = "backup";

/// Writes the plan's added and changed files and drops its stale ones, as one switch from
/// the old tree to the new.
pub fn apply(out: &Path, plan: &Plan, files: &FileSet) -> Result<(), GenError> {
    if plan.added.is_empty() && plan.changed.is_empty() && plan.removed.is_empty() {
        return Ok(());
    }
    let stage = sibling(out, STAGING, std::process::id());
    let staged = stage_tree(out, &stage, plan, files);
    if let Err(e) = staged {
        let _ = fs::remove_dir_all(&stage);
        return Err(e);
    }
    let switched = switch(out, &stage);
    // Best effort: what is left under the staging or backup name is litter that the next
    // run removes; the output directory is already whole.
    let _ = fs::remove_dir_all(&stage);
    let _ = fs::remove_dir_all(sibling(out, BACKUP, std::process::id()));
    switched
}

/// Puts right what an interrupted earlier run left beside `out` (see the module docs).
/// Directories of a process still running are left alone. Returns a note for the user for
/// each tree put back.
pub fn recover(out: &Path) -> Result<Vec<String>, GenError> {
    let mut notes = Vec::new();
    let mut litter = leftovers(out)?;
    // Backups first: one of them may be the old tree to put back.
    litter.sort_by_key(|(what, _)| *what != BACKUP);
    for (what, path) in litter {
        if what == BACKUP && missing(out) {
            fs::rename(&path, out).map_err(|e| GenError::io(out, e))?;
            notes.push(format!(
                "note: an interrupted `gen models` had moved {} aside; put it back",
                out.display()
            ));
            continue;
        }
        fs::remove_dir_all(&path).map_err(|e| GenError::io(&path, e))?;
    }
    Ok(notes)
}

/// The staging and backup directories beside `out` whose process is gone.
fn leftovers(out: &Path) -> Result<Vec<(&'static str, PathBuf)>, GenError> {
    let (parent, name) = parent_and_name(out);
    let entries = match fs::read_dir(parent) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(GenError::io(parent, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| GenError::io(parent, e))?;
        let file = entry.file_name().to_string_lossy().into_owned();
        for what in [STAGING, BACKUP] {
            let prefix = format!(".{name}.gen-{what}-");
            let pid = file
                .strip_prefix(&prefix)
                .and_then(|p| p.parse::<u32>().ok());
            if pid.is_some_and(|p| p == std::process::id() || !alive(p)) {
                found.push((what, entry.path()));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Whether process `pid` is running (on Linux, by `/proc`; elsewhere every process is taken
/// for gone, since litter of a live run cannot be told apart there).
fn alive(pid: u32) -> bool {
    cfg!(target_os = "linux") && Path::new("/proc").join(pid.to_string()).exists()
}

fn missing(path: &Path) -> bool {
    matches!(fs::symlink_metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

/// Builds the complete new tree in `stage`.
fn stage_tree(out: &Path, stage: &Path, plan: &Plan, files: &FileSet) -> Result<(), GenError> {
    let _ = fs::remove_dir_all(stage);
    fs::create_dir_all(stage).map_err(|e| GenError::io(stage, e))?;
    let writes: Vec<&String> = plan
        .added
        .iter()
        .chain(plan.changed.iter().map(|(p, _)| p))
        .collect();
    // Kept from the old tree: generated files whose bytes stay, and everything gen did not
    // write (a `target/` directory whole).
    let writes_set: std::collections::BTreeSet<&str> = writes.iter().map(|s| s.as_str()).collect();
    let kept: Vec<&String> = files
        .keys()
        .filter(|rel| !writes_set.contains(rel.as_str()))
        .chain(&plan.foreign)
        .collect();
    let dirs: std::collections::BTreeSet<&Path> = writes
        .iter()
        .chain(&kept)
        .filter_map(|rel| Path::new(rel.trim_end_matches('/')).parent())
        .collect();
    for dir in dirs {
        let dir = stage.join(dir);
        fs::create_dir_all(&dir).map_err(|e| GenError::io(&dir, e))?;
    }
    // Creating 10,000 files is mostly the kernel's work; two threads halve the wait.
    let written = crate::par::map(&writes, |rel| {
        let path = stage.join(rel.as_str());
        let text = files
            .get(rel.as_str())
            .map(String::as_str)
            .unwrap_or_default();
        fs::write(&path, text).map_err(|e| GenError::io(&path, e))
    });
    written.into_iter().collect::<Result<(), GenError>>()?;
    let linked = crate::par::map(&kept, |rel| {
        let rel = rel.trim_end_matches('/');
        keep(&out.join(rel), &stage.join(rel))
    });
    linked.into_iter().collect()
}

/// Puts the old `from` at `to` in the new tree: a hard link (no bytes copied), or a copy
/// where links are not possible; a directory (`target/`) file by file.
fn keep(from: &Path, to: &Path) -> Result<(), GenError> {
    let meta = fs::symlink_metadata(from).map_err(|e| GenError::io(from, e))?;
    if meta.is_dir() {
        fs::create_dir_all(to).map_err(|e| GenError::io(to, e))?;
        for entry in fs::read_dir(from).map_err(|e| GenError::io(from, e))? {
            let entry = entry.map_err(|e| GenError::io(from, e))?;
            keep(&entry.path(), &to.join(entry.file_name()))?;
        }
        return Ok(());
    }
    if fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| GenError::io(from, e))
}

/// Switches `out` to the tree in `stage`; the old tree ends under the staging or backup name.
fn switch(out: &Path, stage: &Path) -> Result<(), GenError> {
    if missing(out) {
        return fs::rename(stage, out).map_err(|e| GenError::io(out, e));
    }
    if exchange(stage, out) {
        return Ok(());
    }
    let backup = sibling(out, BACKUP, std::process::id());
    fs::rename(out, &backup).map_err(|e| GenError::io(out, e))?;
    if let Err(e) = fs::rename(stage, out) {
        // Put the old tree back; should that fail too, the next run does it.
        let _ = fs::rename(&backup, out);
        return Err(GenError::io(out, e));
    }
    Ok(())
}

/// Atomically exchanges two directories; `false` where the system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let (Ok(a), Ok(b)) = (
        std::ffi::CString::new(a.as_os_str().as_bytes()),
        std::ffi::CString::new(b.as_os_str().as_bytes()),
    ) else {
        return false;
    };
    // SAFETY: both paths are NUL-terminated strings that live across the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    rc == 0
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

fn parent_and_name(out: &Path) -> (&Path, String) {
    let name = out
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    (parent, name)
}

/// `<parent>/.<name>.gen-<what>-<pid>`: beside the target, so renames stay on one filesystem.
fn sibling(out: &Path, what: &str, pid: u32) -> PathBuf {
    let (parent, name) = parent_and_name(out);
    parent.join(format!(".{name}.gen-{what}-{pid}"))
}
