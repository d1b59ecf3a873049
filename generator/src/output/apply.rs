//! The all-or-nothing write: stage, move into place with backups, restore on failure.

use std::fs;
use std::path::{Path, PathBuf};

use super::Plan;
use crate::error::GenError;
use crate::render::FileSet;

/// One step done, so that it can be undone.
enum Done {
    /// A directory was created (removed again on rollback if empty).
    MadeDir(PathBuf),
    /// The old file was moved from `target` into the backup.
    BackedUp { target: PathBuf, backup: PathBuf },
    /// A new file was moved into `target`.
    Placed(PathBuf),
}

/// Writes the plan's added and changed files and removes its stale ones, all or nothing.
pub fn apply(out: &Path, plan: &Plan, files: &FileSet) -> Result<(), GenError> {
    if plan.is_clean() {
        return Ok(());
    }
    let stage = sibling(out, "staging");
    let backup = sibling(out, "backup");
    let writes: Vec<&String> = plan
        .added
        .iter()
        .chain(plan.changed.iter().map(|(p, _)| p))
        .collect();
    if is_new_directory(out) {
        return create_whole(out, &stage, &writes, files);
    }
    let result = stage_files(&stage, &writes, files).and_then(|()| {
        let mut done = Vec::new();
        let moved = move_into_place(out, &stage, &backup, plan, &writes, &mut done);
        if moved.is_err() {
            rollback(done);
        }
        moved
    });
    // Best effort: the target is already complete (or restored); leftovers are only litter.
    let _ = fs::remove_dir_all(&stage);
    let _ = fs::remove_dir_all(&backup);
    if result.is_ok() {
        remove_empty_dirs(out, &plan.removed);
    }
    result
}

/// Whether `out` does not exist yet but its parent does: then the whole directory can be
/// staged and renamed into place at once (a first `gen models` of 10,000 tables otherwise
/// spends as long renaming files one by one as creating them).
fn is_new_directory(out: &Path) -> bool {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    matches!(fs::symlink_metadata(out), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
        && parent.is_dir()
}

/// Stages every file, then renames the staging directory to `out`; on failure nothing is left.
fn create_whole(
    out: &Path,
    stage: &Path,
    writes: &[&String],
    files: &FileSet,
) -> Result<(), GenError> {
    let result = stage_files(stage, writes, files)
        .and_then(|()| fs::rename(stage, out).map_err(|e| GenError::io(out, e)));
    if result.is_err() {
        let _ = fs::remove_dir_all(stage);
    }
    result
}

/// `<parent>/.<name>.gen-<what>-<pid>`: beside the target, so renames stay on one filesystem.
fn sibling(out: &Path, what: &str) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    parent.join(format!(".{name}.gen-{what}-{}", std::process::id()))
}

fn stage_files(stage: &Path, writes: &[&String], files: &FileSet) -> Result<(), GenError> {
    let _ = fs::remove_dir_all(stage);
    let dirs: std::collections::BTreeSet<&Path> = writes
        .iter()
        .filter_map(|rel| Path::new(rel.as_str()).parent())
        .collect();
    for dir in dirs {
        let dir = stage.join(dir);
        fs::create_dir_all(&dir).map_err(|e| GenError::io(&dir, e))?;
    }
    // Creating 10,000 files is mostly the kernel's work; two threads halve the wait.
    let written = crate::par::map(writes, |rel| {
        let path = stage.join(rel.as_str());
        let text = files
            .get(rel.as_str())
            .map(String::as_str)
            .unwrap_or_default();
        fs::write(&path, text).map_err(|e| GenError::io(&path, e))
    });
    written.into_iter().collect()
}

fn move_into_place(
    out: &Path,
    stage: &Path,
    backup: &Path,
    plan: &Plan,
    writes: &[&String],
    done: &mut Vec<Done>,
) -> Result<(), GenError> {
    let olds = plan.changed.iter().map(|(p, _)| p).chain(&plan.removed);
    for rel in olds {
        let target = out.join(rel);
        let saved = backup.join(rel);
        make_dirs(saved.parent(), done)?;
        fs::rename(&target, &saved).map_err(|e| GenError::io(&target, e))?;
        done.push(Done::BackedUp {
            target,
            backup: saved,
        });
    }
    for rel in writes {
        let target = out.join(rel.as_str());
        make_dirs(target.parent(), done)?;
        let staged = stage.join(rel.as_str());
        fs::rename(&staged, &target).map_err(|e| GenError::io(&target, e))?;
        done.push(Done::Placed(target));
    }
    Ok(())
}

/// Creates `dir` and its missing parents, recording each one created.
fn make_dirs(dir: Option<&Path>, done: &mut Vec<Done>) -> Result<(), GenError> {
    let Some(dir) = dir else { return Ok(()) };
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .collect();
    for d in missing.into_iter().rev() {
        fs::create_dir(d).map_err(|e| GenError::io(d, e))?;
        done.push(Done::MadeDir(d.to_path_buf()));
    }
    Ok(())
}

/// Undoes `done` in reverse order. Errors here cannot be reported better than the one that
/// caused the rollback, so they are ignored.
fn rollback(done: Vec<Done>) {
    for step in done.into_iter().rev() {
        let _ = match step {
            Done::Placed(target) => fs::remove_file(target),
            Done::BackedUp { target, backup } => fs::rename(backup, target),
            Done::MadeDir(dir) => fs::remove_dir(dir),
        };
    }
}

/// Removes directories that removing stale files left empty (a dropped schema's folder).
fn remove_empty_dirs(out: &Path, removed: &[String]) {
    for rel in removed {
        let mut dir = out.join(rel);
        while dir.pop() && dir.starts_with(out) && dir != out {
            if fs::remove_dir(&dir).is_err() {
                break;
            }
        }
    }
}
