//! Which database a command reads: `--url CONN`, else `--env NAME=VAR` (the variable VAR
//! holds the connection string), else, only for the commands that always need a database
//! (`introspect`, `diff`), `DATABASE_URL`. `gen models` reads schema.yaml unless told
//! otherwise, so a `DATABASE_URL` meant for a service's own tests never changes what it
//! compares.

use crate::error::GenError;

/// The variable `introspect` and `diff` fall back on.
pub const DEFAULT_VAR: &str = "DATABASE_URL";

/// One database to read: its name in reports and its connection string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// `database` for `--url`, NAME for `--env NAME=VAR`, `DATABASE_URL` for the fallback.
    pub name: String,
    /// The connection string.
    pub url: String,
}

/// An environment named on the command line, before its variable is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvArg {
    /// The environment's name in reports.
    pub name: String,
    /// The variable holding its connection string.
    pub var: String,
}

impl EnvArg {
    /// Parses `NAME=VAR`, or `VAR` alone (then named after the variable).
    pub fn parse(arg: &str) -> Result<EnvArg, GenError> {
        let (name, var) = match arg.split_once('=') {
            Some((n, v)) => (n, v),
            None => (arg, arg),
        };
        let var_ok = !var.is_empty() && var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if name.is_empty() || !var_ok {
            return Err(GenError::Usage(format!(
                "--env `{arg}`: expected NAME=VAR (or VAR), VAR being the environment variable that holds the connection string (letters, digits and `_`)"
            )));
        }
        Ok(EnvArg {
            name: name.into(),
            var: var.into(),
        })
    }

    /// The connection string in the variable; `None` when it is unset or empty (a CI secret
    /// that this run does not have, such as on a pull request from a fork).
    pub fn value(&self, lookup: &dyn Fn(&str) -> Option<String>) -> Option<String> {
        lookup(&self.var).filter(|v| !v.trim().is_empty())
    }
}

/// How a command falls back when given neither `--url` nor `--env`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// Read no database (`gen models`: schema.yaml).
    None,
    /// `DATABASE_URL` (`gen introspect`, `gen diff`).
    DatabaseUrl,
}

/// The one database of `models` or `introspect`: `--url`, else `--env`, else the fallback.
/// `lookup` reads an environment variable (`std::env::var` in the binary). `Ok(None)` means
/// "no database": only with [`Fallback::None`].
pub fn single(
    url: Option<&str>,
    env: Option<&str>,
    fallback: Fallback,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<Target>, GenError> {
    if let Some(url) = url {
        return Ok(Some(Target {
            name: "database".into(),
            url: url.into(),
        }));
    }
    if let Some(arg) = env {
        let e = EnvArg::parse(arg)?;
        let url = e.value(lookup).ok_or_else(|| unset(&e))?;
        return Ok(Some(Target { name: e.name, url }));
    }
    match fallback {
        Fallback::None => Ok(None),
        Fallback::DatabaseUrl => match lookup(DEFAULT_VAR).filter(|v| !v.trim().is_empty()) {
            Some(url) => Ok(Some(Target {
                name: DEFAULT_VAR.into(),
                url,
            })),
            None => Err(GenError::Usage(
                "no database given: pass --url CONN or --env NAME=VAR, or set DATABASE_URL".into(),
            )),
        },
    }
}

/// The error for an `--env` whose variable is unset or empty.
pub fn unset(e: &EnvArg) -> GenError {
    GenError::Usage(format!(
        "--env {}={}: the environment variable {} is not set (or empty); set it to the connection string",
        e.name, e.var, e.var
    ))
}

/// Reads a real environment variable (not UTF-8 counts as unset).
pub fn process_env(var: &str) -> Option<String> {
    std::env::var(var).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| owned.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn models_reads_a_database_only_when_told() {
        let env = vars(&[
            ("DATABASE_URL", "postgres://a/b"),
            ("DEV", "postgres://dev/x"),
        ]);
        assert_eq!(single(None, None, Fallback::None, &env).ok(), Some(None));
        let t = single(None, Some("DEV"), Fallback::None, &env)
            .ok()
            .flatten();
        assert_eq!(
            t.map(|t| (t.name, t.url)),
            Some(("DEV".into(), "postgres://dev/x".into()))
        );
    }

    #[test]
    fn env_wins_over_database_url_and_url_over_both() {
        let env = vars(&[
            ("DATABASE_URL", "postgres://a/b"),
            ("DEV", "postgres://dev/x"),
        ]);
        let t = single(None, Some("dev=DEV"), Fallback::DatabaseUrl, &env)
            .ok()
            .flatten();
        assert_eq!(
            t.map(|t| (t.name, t.url)),
            Some(("dev".into(), "postgres://dev/x".into()))
        );
        let t = single(Some("postgres://u/v"), None, Fallback::DatabaseUrl, &env)
            .ok()
            .flatten();
        assert_eq!(t.map(|t| t.url), Some("postgres://u/v".into()));
        let t = single(None, None, Fallback::DatabaseUrl, &env)
            .ok()
            .flatten();
        assert_eq!(t.map(|t| t.name), Some("DATABASE_URL".into()));
    }

    #[test]
    fn missing_and_malformed_sources_are_usage_errors() {
        let env = vars(&[("EMPTY", " ")]);
        for (url, arg, fallback, want) in [
            (None, None, Fallback::DatabaseUrl, "set DATABASE_URL"),
            (
                None,
                Some("EMPTY"),
                Fallback::None,
                "EMPTY is not set (or empty)",
            ),
            (None, Some("a=b=c"), Fallback::None, "expected NAME=VAR"),
            (None, Some("=X"), Fallback::None, "expected NAME=VAR"),
        ] {
            match single(url, arg, fallback, &env) {
                Err(GenError::Usage(m)) => assert!(m.contains(want), "{m}"),
                other => panic!("{arg:?}: {other:?}"),
            }
        }
    }
}
