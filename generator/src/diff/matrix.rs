//! Several environments at once: one matrix whose rows are differences and whose columns are
//! environments, so that `dev` and `prod` drifting differently shows on one screen.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::report::{one_line, side};
use super::{Difference, Grade, Kind};

/// What one environment gave: its differences, or why it could not be compared.
#[derive(Debug, Clone)]
pub struct EnvResult {
    /// The environment's name (`dev`).
    pub name: String,
    /// The differences, or the reason (host, port, cause) it was unreachable.
    pub outcome: Result<Vec<Difference>, String>,
}

/// One row of the matrix: a difference as schema.yaml sees it.
type RowKey = (Grade, String, Kind, Option<String>);

/// The matrix as text: a header, one row per difference (`=` where an environment agrees with
/// schema.yaml, `unreachable` where it could not be compared), then the unreachable causes.
pub fn text(envs: &[EnvResult]) -> String {
    let mut rows: BTreeMap<RowKey, Vec<String>> = BTreeMap::new();
    for (i, env) in envs.iter().enumerate() {
        for d in env.outcome.as_ref().map(Vec::as_slice).unwrap_or_default() {
            let key = (d.grade, d.path.clone(), d.kind, d.expected.clone());
            let cells = rows.entry(key).or_insert_with(|| blank(envs));
            cells[i] = side(d.actual.as_deref());
        }
    }
    let mut header = vec![
        "grade".to_string(),
        "kind".into(),
        "object".into(),
        "schema.yaml".into(),
    ];
    header.extend(envs.iter().map(|e| e.name.clone()));
    let mut table = vec![header];
    for ((grade, path, kind, expected), cells) in rows {
        let mut row = vec![
            grade.to_string(),
            kind.to_string(),
            one_line(&path).into_owned(),
            side(expected.as_deref()),
        ];
        row.extend(cells);
        table.push(row);
    }
    let mut out = render(&table);
    for env in envs {
        if let Err(cause) = &env.outcome {
            let _ = writeln!(out, "{}: unreachable: {cause}", env.name);
        }
    }
    out
}

/// A row before filling: `=` for reachable environments, `unreachable` for the others.
fn blank(envs: &[EnvResult]) -> Vec<String> {
    envs.iter()
        .map(|e| {
            if e.outcome.is_ok() {
                "=".into()
            } else {
                "unreachable".into()
            }
        })
        .collect()
}

/// Columns padded to their widest cell, separated by ` | `, trailing spaces trimmed.
fn render(table: &[Vec<String>]) -> String {
    let cols = table.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            table
                .iter()
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in table {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        let _ = writeln!(out, "{}", cells.join(" | ").trim_end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_marks_agreement_difference_and_unreachable() {
        let d = Difference::new(
            Grade::Breaking,
            Kind::ColumnRemoved,
            "dbo.User.Phone",
            Some("varchar(20) NULL".into()),
            None,
        );
        let envs = vec![
            EnvResult {
                name: "dev".into(),
                outcome: Ok(vec![d]),
            },
            EnvResult {
                name: "prod".into(),
                outcome: Ok(vec![]),
            },
            EnvResult {
                name: "qa".into(),
                outcome: Err("connection refused".into()),
            },
        ];
        let out = text(&envs);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].ends_with("| dev  | prod | qa"), "{out}");
        assert!(
            lines[1].contains("dbo.User.Phone")
                && lines[1].ends_with("| none | =    | unreachable"),
            "{out}"
        );
        assert_eq!(lines[2], "qa: unreachable: connection refused");
    }
}
