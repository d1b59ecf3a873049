//! One pool, connection and transaction type for either database, chosen at run time from
//! the connection string, on which every generated query runs (`gen_runtime::Conn` for
//! `&mut Connection` and `&mut Tx`), and transactions that retry a deadlock victim.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use gen_runtime::{Conn, Dialect, Error as QueryError, Record, SqlValue};

use crate::{DbConfig, DbError, MssqlPool, MssqlPooled, MssqlTx, PgConn, PgPool};

/// How many times [`Pool::transaction`] runs a unit of work that the database chose as a
/// deadlock victim before giving the error to the caller.
pub const DEADLOCK_ATTEMPTS: u32 = 3;

/// A pool for the database `DATABASE_URL` names: PostgreSQL or SQL Server.
#[derive(Clone)]
pub enum Pool {
    /// tokio-postgres connections.
    Postgres(PgPool),
    /// tiberius connections.
    Mssql(MssqlPool),
}

/// A checked-out connection of either kind; returns to the pool on drop.
pub enum Connection {
    /// A PostgreSQL connection and the pool's query timeout (boxed, like the other).
    Postgres(Box<PgConn>, Duration),
    /// A SQL Server connection (boxed: it holds the tiberius client inline).
    Mssql(Box<MssqlPooled>),
}

/// An open transaction of either kind; rolled back unless committed (on drop for PostgreSQL,
/// before the connection's next use for SQL Server).
pub enum Tx<'c> {
    /// A PostgreSQL transaction and the pool's query timeout.
    Postgres(tokio_postgres::Transaction<'c>, Duration),
    /// A SQL Server transaction.
    Mssql(MssqlTx<'c>),
}

/// The future a unit of work passed to [`Pool::transaction`] returns.
pub type Work<'t, T, E> = Pin<Box<dyn Future<Output = Result<T, E>> + Send + 't>>;

/// An error that may say the database picked its transaction as a deadlock victim, so that
/// the whole unit of work can be run again.
pub trait Retryable {
    /// PostgreSQL SQLSTATE 40P01, SQL Server error 1205.
    fn is_deadlock_victim(&self) -> bool;
}

impl Retryable for DbError {
    fn is_deadlock_victim(&self) -> bool {
        matches!(self.code(), Some("40P01" | "1205"))
    }
}

impl Retryable for QueryError {
    fn is_deadlock_victim(&self) -> bool {
        if let Some(pg) = self.driver::<tokio_postgres::Error>() {
            return pg.code() == Some(&tokio_postgres::error::SqlState::T_R_DEADLOCK_DETECTED);
        }
        matches!(
            self.driver::<tiberius::error::Error>(),
            Some(tiberius::error::Error::Server(t)) if t.code() == 1205
        )
    }
}

impl DbError {
    /// The driver error inside a generated query's error, as a [`DbError`] saying what was
    /// being done (`Ok`), or the query error itself when no driver failed (`Err`: a row that
    /// did not decode, a refused write).
    pub fn from_query(what: &str, timeout: Duration, e: QueryError) -> Result<DbError, QueryError> {
        let e = match e.into_driver::<tokio_postgres::Error>() {
            Ok(pg) => return Ok(DbError::pg(what, timeout)(pg)),
            Err(e) => e,
        };
        match e.into_driver::<tiberius::error::Error>() {
            Ok(ms) => Ok(DbError::mssql(what, timeout)(ms)),
            Err(e) => Err(e),
        }
    }
}

impl Pool {
    /// A pool of the kind `config.url` names; no connection opens until the first checkout.
    pub fn new(config: &DbConfig) -> Result<Pool, DbError> {
        Ok(match config.dialect {
            Dialect::Postgres => Pool::Postgres(PgPool::new(config)?),
            Dialect::Mssql => Pool::Mssql(MssqlPool::new(config)?),
        })
    }

    /// The dialect statements run in.
    pub fn dialect(&self) -> Dialect {
        match self {
            Pool::Postgres(_) => Dialect::Postgres,
            Pool::Mssql(_) => Dialect::Mssql,
        }
    }

    /// The pool's query timeout (named in errors).
    pub fn query_timeout(&self) -> Duration {
        match self {
            Pool::Postgres(p) => p.settings().query_timeout,
            Pool::Mssql(p) => p.settings().query_timeout,
        }
    }

    /// Checks a connection out (health-checked when reused).
    pub async fn get(&self) -> Result<Connection, DbError> {
        Ok(match self {
            Pool::Postgres(p) => {
                Connection::Postgres(Box::new(p.get().await?), p.settings().query_timeout)
            }
            Pool::Mssql(p) => Connection::Mssql(Box::new(p.get().await?)),
        })
    }

    /// Runs `work` in a transaction on one connection and commits when it returns `Ok`;
    /// on `Err` the transaction rolls back. When the database chose the transaction as a
    /// deadlock victim (in `work` or at commit), the whole unit runs again, up to
    /// [`DEADLOCK_ATTEMPTS`] times in all, so `work` must not have effects outside the
    /// database. `work` is called with a fresh transaction each time:
    /// `pool.transaction(|tx| Box::pin(async move { … })).await`.
    pub async fn transaction<T, E, F>(&self, mut work: F) -> Result<T, E>
    where
        F: for<'t, 'c> FnMut(&'t mut Tx<'c>) -> Work<'t, T, E>,
        E: From<DbError> + Retryable,
    {
        let mut attempt = 1;
        loop {
            // One attempt as a boxed future: the checkout, begin and commit futures (large in
            // unoptimised builds) live on the heap, not in every caller's future, so a flow of
            // several transactions fits libtest's 2 MiB test-thread stack.
            let result: Result<T, E> = Box::pin(async {
                let mut conn = self.get().await?;
                match conn.begin().await {
                    Ok(mut tx) => match work(&mut tx).await {
                        Ok(value) => tx.commit().await.map(|()| value).map_err(E::from),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(E::from(e)),
                }
            })
            .await;
            match result {
                Err(e) if e.is_deadlock_victim() && attempt < DEADLOCK_ATTEMPTS => {
                    attempt += 1;
                    // A short, growing pause lets the winner finish.
                    tokio::time::sleep(Duration::from_millis(20 * u64::from(attempt))).await;
                }
                other => return other,
            }
        }
    }
}

impl Connection {
    /// Starts a transaction that rolls back unless [`Tx::commit`] is called.
    pub async fn begin(&mut self) -> Result<Tx<'_>, DbError> {
        Ok(match self {
            Connection::Postgres(c, timeout) => {
                let tx = c
                    .transaction()
                    .await
                    .map_err(DbError::pg("starting a transaction", *timeout))?;
                Tx::Postgres(tx, *timeout)
            }
            Connection::Mssql(c) => Tx::Mssql(c.begin().await?),
        })
    }
}

impl Tx<'_> {
    /// Commits the transaction.
    pub async fn commit(self) -> Result<(), DbError> {
        match self {
            Tx::Postgres(tx, timeout) => tx
                .commit()
                .await
                .map_err(DbError::pg("committing a transaction", timeout)),
            Tx::Mssql(tx) => tx.commit().await,
        }
    }
}

impl Conn for &mut Tx<'_> {
    fn dialect(&self) -> Dialect {
        match self {
            Tx::Postgres(..) => Dialect::Postgres,
            Tx::Mssql(_) => Dialect::Mssql,
        }
    }

    async fn rows<T: Record>(self, sql: &str, params: Vec<SqlValue>) -> Result<Vec<T>, QueryError> {
        match self {
            Tx::Postgres(t, _) => (&*t).rows(sql, params).await,
            Tx::Mssql(t) => t.client().rows(sql, params).await,
        }
    }

    async fn count(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, QueryError> {
        match self {
            Tx::Postgres(t, _) => (&*t).count(sql, params).await,
            Tx::Mssql(t) => t.client().count(sql, params).await,
        }
    }

    async fn execute(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, QueryError> {
        match self {
            Tx::Postgres(t, _) => Conn::execute(&*t, sql, params).await,
            Tx::Mssql(t) => Conn::execute(t.client(), sql, params).await,
        }
    }
}

impl Conn for &mut Connection {
    fn dialect(&self) -> Dialect {
        match self {
            Connection::Postgres(..) => Dialect::Postgres,
            Connection::Mssql(_) => Dialect::Mssql,
        }
    }

    async fn rows<T: Record>(self, sql: &str, params: Vec<SqlValue>) -> Result<Vec<T>, QueryError> {
        match self {
            Connection::Postgres(c, _) => (&***c).rows(sql, params).await,
            Connection::Mssql(c) => mssql_client(c).await?.rows(sql, params).await,
        }
    }

    async fn count(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, QueryError> {
        match self {
            Connection::Postgres(c, _) => (&***c).count(sql, params).await,
            Connection::Mssql(c) => mssql_client(c).await?.count(sql, params).await,
        }
    }

    async fn execute(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, QueryError> {
        match self {
            Connection::Postgres(c, _) => Conn::execute(&***c, sql, params).await,
            Connection::Mssql(c) => Conn::execute(mssql_client(c).await?, sql, params).await,
        }
    }
}

/// The client of a pooled SQL Server connection, after any rollback an abandoned
/// transaction left.
async fn mssql_client(c: &mut MssqlPooled) -> Result<&mut crate::MssqlClient, QueryError> {
    c.client()
        .await
        .map_err(|e| QueryError::database(Dialect::Mssql, "ROLLBACK (abandoned transaction)", e))
}
