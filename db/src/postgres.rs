//! The PostgreSQL pool: tokio-postgres connections managed by deadpool.

use deadpool::managed::{self, Metrics, Object, Pool, RecycleError, RecycleResult};
use tokio_postgres::Client;

use crate::conn::ConnSpec;
use crate::error::{build_pool, chain, pool_error};
use crate::{DbConfig, DbError, PoolSettings};
use gen_runtime::Dialect;

/// Opens, health-checks and retires PostgreSQL connections for the pool.
pub struct PgManager {
    config: tokio_postgres::Config,
    tls: tokio_postgres_rustls::MakeRustlsConnect,
    host: String,
    settings: PoolSettings,
    server: String,
}

/// A pooled PostgreSQL connection; it derefs to [`tokio_postgres::Client`], and returns to the
/// pool when dropped. `conn.transaction()` starts a transaction that rolls back unless
/// committed.
pub type PgConn = Object<PgManager>;

impl PgManager {
    /// A manager for `url`: the server enforces the query timeout (`statement_timeout`) so a
    /// runaway statement is cancelled there, not merely abandoned by the client.
    ///
    /// TLS follows the URL's `sslmode` and `sslrootcert` ([`crate::tls`]: rustls, with
    /// `verify-ca` and `verify-full` checked by us).
    pub fn new(url: &str, settings: PoolSettings) -> Result<PgManager, DbError> {
        let spec = ConnSpec::parse(url)?;
        let params = spec.params_for(Dialect::Postgres)?;
        let mut config = params.postgres_config();
        let connector = params
            .pg_tls
            .connector()
            .map_err(|e| DbError::BadUrl { reason: e.0 })?;
        let timeout_ms = settings.query_timeout.as_millis();
        config.options(format!("-c statement_timeout={timeout_ms}"));
        config.connect_timeout(settings.connect_timeout);
        let server = server_name(&config);
        let host = server
            .rsplit_once(':')
            .map_or(server.as_str(), |(h, _)| h)
            .to_string();
        Ok(PgManager {
            config,
            tls: connector,
            host,
            settings,
            server,
        })
    }
}

fn server_name(config: &tokio_postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_owned(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!("{host}:{port}")
}

impl std::fmt::Debug for PgManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgManager")
            .field("server", &self.server)
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl managed::Manager for PgManager {
    type Type = Client;
    type Error = DbError;

    async fn create(&self) -> Result<Client, DbError> {
        let (client, connection) =
            self.config
                .connect(self.tls.clone())
                .await
                .map_err(|e| DbError::Connect {
                    server: self.server.clone(),
                    cause: crate::tls::certificate_problem(&e, &self.host)
                        .unwrap_or_else(|| chain(&e)),
                })?;
        tokio::spawn(async move {
            // Ends when the client is dropped; a broken connection shows as `is_closed()` and
            // fails the next health check.
            let _ = connection.await;
        });
        Ok(client)
    }

    async fn recycle(&self, client: &mut Client, metrics: &Metrics) -> RecycleResult<DbError> {
        if metrics.age() > self.settings.max_lifetime {
            return Err(RecycleError::message("older than the maximum lifetime"));
        }
        if client.is_closed() {
            return Err(RecycleError::message("the connection was closed"));
        }
        client
            .simple_query("SELECT 1")
            .await
            .map(drop)
            .map_err(|e| RecycleError::message(format!("health check failed: {}", chain(&e))))
    }
}

/// A pool of PostgreSQL connections. Cloning shares the pool.
#[derive(Clone)]
pub struct PgPool {
    pool: Pool<PgManager>,
    settings: PoolSettings,
}

impl PgPool {
    /// Builds the pool; no connection is opened until the first checkout.
    pub fn new(config: &DbConfig) -> Result<PgPool, DbError> {
        let manager = PgManager::new(&config.url, config.settings)?;
        let pool = build_pool(manager, &config.settings)?;
        Ok(PgPool {
            pool,
            settings: config.settings,
        })
    }

    /// Checks a connection out: a reused one has passed its health check, a new one is open.
    pub async fn get(&self) -> Result<PgConn, DbError> {
        self.pool
            .get()
            .await
            .map_err(|e| pool_error(e, &self.settings))
    }

    /// The pool's settings (for [`DbError::pg`]'s timeout).
    pub fn settings(&self) -> &PoolSettings {
        &self.settings
    }

    /// Connections open now, idle or checked out.
    pub fn size(&self) -> usize {
        self.pool.status().size
    }
}
