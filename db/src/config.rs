//! Configuration: the connection string from `DATABASE_URL` (parsed by [`crate::conn`], as
//! `gen` parses it) and the pool's settings.

use std::fmt;
use std::time::Duration;

use gen_runtime::Dialect;

use crate::DbError;
use crate::conn::ConnSpec;

/// Pool size and timeouts. `Default` gives the production values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolSettings {
    /// Most connections open at once (`DB_POOL_MAX_SIZE`, default 10).
    pub max_size: usize,
    /// A connection older than this is closed instead of reused (`DB_MAX_LIFETIME_SECS`,
    /// default 3600), so that failovers and credential rotations reach every connection.
    pub max_lifetime: Duration,
    /// How long a checkout waits for a free connection (`DB_ACQUIRE_TIMEOUT_SECS`, default 30).
    pub acquire_timeout: Duration,
    /// How long opening a connection or its health check may take (`DB_CONNECT_TIMEOUT_SECS`,
    /// default 10).
    pub connect_timeout: Duration,
    /// How long one statement may run (`DB_QUERY_TIMEOUT_SECS`, default 30).
    pub query_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            max_size: 10,
            max_lifetime: Duration::from_secs(3600),
            acquire_timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            query_timeout: Duration::from_secs(30),
        }
    }
}

/// A connection string and the settings of the pool built on it.
#[derive(Clone)]
pub struct DbConfig {
    /// The connection string (it may hold a password: `Debug` hides it).
    pub url: String,
    /// `url` parsed.
    pub conn: ConnSpec,
    /// The dialect `url` is written for.
    pub dialect: Dialect,
    /// Pool size and timeouts.
    pub settings: PoolSettings,
}

impl fmt::Debug for DbConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DbConfig")
            .field("url", &"[REDACTED]")
            .field("conn", &self.conn)
            .field("dialect", &self.dialect)
            .field("settings", &self.settings)
            .finish()
    }
}

impl DbConfig {
    /// Reads `DATABASE_URL` and the `DB_*` settings from the process environment.
    pub fn from_env() -> Result<DbConfig, DbError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`DbConfig::from_env`], reading variables through `lookup` (tests pass a map).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<DbConfig, DbError> {
        let url = lookup("DATABASE_URL")
            .filter(|u| !u.trim().is_empty())
            .ok_or(DbError::MissingUrl)?;
        let mut config = DbConfig::new(url)?;
        let s = &mut config.settings;
        if let Some(n) = number(&lookup, "DB_POOL_MAX_SIZE")? {
            s.max_size = usize::try_from(n.max(1)).unwrap_or(usize::MAX);
        }
        let secs = |name: &str, slot: &mut Duration| -> Result<(), DbError> {
            if let Some(n) = number(&lookup, name)? {
                *slot = Duration::from_secs(n);
            }
            Ok(())
        };
        secs("DB_MAX_LIFETIME_SECS", &mut s.max_lifetime)?;
        secs("DB_ACQUIRE_TIMEOUT_SECS", &mut s.acquire_timeout)?;
        secs("DB_CONNECT_TIMEOUT_SECS", &mut s.connect_timeout)?;
        secs("DB_QUERY_TIMEOUT_SECS", &mut s.query_timeout)?;
        Ok(config)
    }

    /// A configuration for `url` with the default settings, except for the timeouts the
    /// string gives (`connect_timeout` / `Connect Timeout`, `query_timeout` /
    /// `Command Timeout`); [`DbConfig::from_env`]'s `DB_*` variables override those in turn.
    pub fn new(url: impl Into<String>) -> Result<DbConfig, DbError> {
        let url = url.into();
        let conn = ConnSpec::parse(&url)?;
        let mut settings = PoolSettings::default();
        let p = conn.params();
        if let Some(t) = p.connect_timeout {
            settings.connect_timeout = t;
        }
        if let Some(t) = p.query_timeout {
            settings.query_timeout = t;
        }
        Ok(DbConfig {
            url,
            dialect: conn.dialect(),
            conn,
            settings,
        })
    }

    /// The same configuration with other settings.
    pub fn with_settings(mut self, settings: PoolSettings) -> DbConfig {
        self.settings = settings;
        self
    }
}

fn number(lookup: &impl Fn(&str) -> Option<String>, name: &str) -> Result<Option<u64>, DbError> {
    match lookup(name) {
        None => Ok(None),
        Some(v) if v.trim().is_empty() => Ok(None),
        Some(v) => v.trim().parse().map(Some).map_err(|_| DbError::BadSetting {
            name: name.to_owned(),
            value: v,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn lookup(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn defaults_apply_and_variables_override_them() {
        let c = DbConfig::from_lookup(lookup(&[("DATABASE_URL", "postgres://u@h/db")])).unwrap();
        assert_eq!(c.dialect, Dialect::Postgres);
        assert_eq!(c.settings.max_lifetime, Duration::from_secs(3600));
        let c = DbConfig::from_lookup(lookup(&[
            ("DATABASE_URL", "Server=tcp:h,1433;Database=x"),
            ("DB_MAX_LIFETIME_SECS", "60"),
            ("DB_POOL_MAX_SIZE", "3"),
        ]))
        .unwrap();
        assert_eq!(c.dialect, Dialect::Mssql);
        assert_eq!(c.settings.max_lifetime, Duration::from_secs(60));
        assert_eq!(c.settings.max_size, 3);
    }

    #[test]
    fn bad_input_is_named() {
        let e = DbConfig::from_lookup(lookup(&[])).unwrap_err();
        assert!(e.to_string().contains("DATABASE_URL is not set"), "{e}");
        let e = DbConfig::from_lookup(lookup(&[("DATABASE_URL", "mysql://x")])).unwrap_err();
        assert!(e.to_string().contains("postgres://"), "{e}");
        let e = DbConfig::from_lookup(lookup(&[
            ("DATABASE_URL", "postgres://u@h/db"),
            ("DB_QUERY_TIMEOUT_SECS", "soon"),
        ]))
        .unwrap_err();
        assert!(e.to_string().contains("DB_QUERY_TIMEOUT_SECS"), "{e}");
    }

    #[test]
    fn timeouts_in_the_string_apply_and_variables_override_them() {
        let c = DbConfig::new("postgres://u@h/db?query_timeout=300").unwrap();
        assert_eq!(c.settings.query_timeout, Duration::from_secs(300));
        assert_eq!(c.settings.connect_timeout, Duration::from_secs(10));
        let c = DbConfig::new("Server=h;Command Timeout=7;Connect Timeout=3").unwrap();
        assert_eq!(c.settings.query_timeout, Duration::from_secs(7));
        assert_eq!(c.settings.connect_timeout, Duration::from_secs(3));
        let c = DbConfig::from_lookup(lookup(&[
            ("DATABASE_URL", "postgres://u@h/db?query_timeout=300"),
            ("DB_QUERY_TIMEOUT_SECS", "5"),
        ]))
        .unwrap();
        assert_eq!(c.settings.query_timeout, Duration::from_secs(5));
    }

    #[test]
    fn debug_hides_the_password() {
        let c = DbConfig::new("postgres://u:hunter2@h/db").unwrap();
        assert!(!format!("{c:?}").contains("hunter2"), "{c:?}");
    }
}
