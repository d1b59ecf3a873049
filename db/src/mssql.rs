//! The SQL Server pool: tiberius 0.13 connections managed by deadpool (bb8-tiberius needs
//! tiberius 0.12, hence this small manager).

use deadpool::managed::{self, Metrics, Object, Pool, RecycleError, RecycleResult};
use tiberius::Client;
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

use crate::error::{build_pool, chain, pool_error};
use crate::{DbConfig, DbError, PoolSettings, mssql_config};

/// A tiberius client over tokio's TCP stream.
pub type MssqlClient = Client<Compat<TcpStream>>;

/// Opens, health-checks and retires SQL Server connections for the pool.
#[derive(Debug)]
pub struct MssqlManager {
    config: tiberius::Config,
    settings: PoolSettings,
}

impl MssqlManager {
    /// A manager for `url` (URL or ADO.NET form, parsed by [`crate::conn`]); tiberius enforces
    /// the query timeout as its command timeout.
    pub fn new(url: &str, settings: PoolSettings) -> Result<MssqlManager, DbError> {
        let mut config = mssql_config(url)?;
        config.command_timeout(Some(settings.query_timeout));
        config.handshake_timeout(Some(settings.connect_timeout));
        Ok(MssqlManager { config, settings })
    }

    async fn connect(&self) -> Result<MssqlClient, tiberius::error::Error> {
        let tcp = TcpStream::connect(self.config.get_addr()).await?;
        tcp.set_nodelay(true)?;
        Client::connect(self.config.clone(), tcp.compat_write()).await
    }
}

/// A SQL Server connection as the pool holds it: the client, plus what its last user left
/// to clean up.
#[derive(Debug)]
pub struct MssqlConn {
    client: MssqlClient,
    rollback_pending: bool,
    broken: bool,
    query_timeout: std::time::Duration,
}

impl MssqlConn {
    /// The client, after rolling back a transaction that an earlier [`MssqlTx`] left open.
    pub async fn client(&mut self) -> Result<&mut MssqlClient, DbError> {
        if self.rollback_pending {
            let timeout = self.query_timeout;
            self.client
                .rollback_transaction()
                .await
                .map_err(DbError::mssql(
                    "rolling back an abandoned transaction",
                    timeout,
                ))?;
            self.rollback_pending = false;
        }
        Ok(&mut self.client)
    }

    /// Starts a transaction that rolls back unless [`MssqlTx::commit`] is called.
    pub async fn begin(&mut self) -> Result<MssqlTx<'_>, DbError> {
        let timeout = self.query_timeout;
        self.client()
            .await?
            .begin_transaction()
            .await
            .map_err(DbError::mssql("starting a transaction", timeout))?;
        Ok(MssqlTx {
            conn: self,
            done: false,
        })
    }

    /// Maps a tiberius result; after a timeout or I/O error the connection is out of step with
    /// the server, so it is marked to be discarded instead of reused.
    pub fn check<T>(
        &mut self,
        what: &str,
        result: Result<T, tiberius::error::Error>,
    ) -> Result<T, DbError> {
        if let Err(tiberius::error::Error::Io { .. }) = &result {
            self.broken = true;
        }
        result.map_err(DbError::mssql(what, self.query_timeout))
    }
}

/// An open transaction on a SQL Server connection. Dropping it without [`MssqlTx::commit`]
/// rolls back before the connection is used again (or on its return to the pool), since
/// `Drop` cannot wait for the server.
#[derive(Debug)]
pub struct MssqlTx<'a> {
    conn: &'a mut MssqlConn,
    done: bool,
}

impl MssqlTx<'_> {
    /// The connection, for statements inside the transaction.
    pub fn conn(&mut self) -> &mut MssqlConn {
        self.conn
    }

    /// The client, for statements inside the transaction (any rollback an earlier
    /// transaction left was done when this one began).
    pub fn client(&mut self) -> &mut MssqlClient {
        &mut self.conn.client
    }

    /// Commits the transaction.
    pub async fn commit(mut self) -> Result<(), DbError> {
        self.done = true;
        let result = self.conn.client.commit_transaction().await;
        self.conn.check("committing a transaction", result)
    }

    /// Rolls back now rather than at the connection's next use.
    pub async fn rollback(mut self) -> Result<(), DbError> {
        self.done = true;
        let result = self.conn.client.rollback_transaction().await;
        self.conn.check("rolling back a transaction", result)
    }
}

impl Drop for MssqlTx<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.conn.rollback_pending = true;
        }
    }
}

impl managed::Manager for MssqlManager {
    type Type = MssqlConn;
    type Error = DbError;

    async fn create(&self) -> Result<MssqlConn, DbError> {
        let client = self.connect().await.map_err(|e| DbError::Connect {
            server: self.config.get_addr(),
            cause: chain(&e),
        })?;
        Ok(MssqlConn {
            client,
            rollback_pending: false,
            broken: false,
            query_timeout: self.settings.query_timeout,
        })
    }

    async fn recycle(&self, conn: &mut MssqlConn, metrics: &Metrics) -> RecycleResult<DbError> {
        if conn.broken {
            return Err(RecycleError::message("the connection failed mid-statement"));
        }
        if metrics.age() > self.settings.max_lifetime {
            return Err(RecycleError::message("older than the maximum lifetime"));
        }
        let client = conn.client().await.map_err(RecycleError::Backend)?;
        let rows = client.simple_query("SELECT 1").await;
        match rows {
            Ok(stream) => stream.into_results().await.map(drop),
            Err(e) => Err(e),
        }
        .map_err(|e| RecycleError::message(format!("health check failed: {}", chain(&e))))
    }
}

/// A pooled SQL Server connection; derefs to [`MssqlConn`] and returns to the pool on drop.
pub type MssqlPooled = Object<MssqlManager>;

/// A pool of SQL Server connections. Cloning shares the pool.
#[derive(Clone)]
pub struct MssqlPool {
    pool: Pool<MssqlManager>,
    settings: PoolSettings,
}

impl MssqlPool {
    /// Builds the pool; no connection is opened until the first checkout.
    pub fn new(config: &DbConfig) -> Result<MssqlPool, DbError> {
        let manager = MssqlManager::new(&config.url, config.settings)?;
        let pool = build_pool(manager, &config.settings)?;
        Ok(MssqlPool {
            pool,
            settings: config.settings,
        })
    }

    /// Checks a connection out: a reused one has passed its health check, a new one is open.
    pub async fn get(&self) -> Result<MssqlPooled, DbError> {
        self.pool
            .get()
            .await
            .map_err(|e| pool_error(e, &self.settings))
    }

    /// The pool's settings.
    pub fn settings(&self) -> &PoolSettings {
        &self.settings
    }
}
