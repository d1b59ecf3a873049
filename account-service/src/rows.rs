//! Positional row decoding for the structs the service reads (stand-in until the generated
//! crate's `postgres` feature decodes rows itself).
//!
//! Statements select every column in ordinal order ([`crate::sql::select_all`]), so a
//! column's position is its ordinal: nothing is looked up by name per row.

use gen_runtime::{RefEnum, Table, TableMeta};
use models::dbo::{Company, User, UserCompany};
use tokio_postgres::Row;
use tokio_postgres::types::FromSql;

/// A row that does not fit its table's struct.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "a row of {table} does not fit column {column}: {found}; regenerate the models (gen models) if the database changed"
)]
pub struct DecodeError {
    /// `schema.table`.
    pub table: String,
    /// The column's SQL name.
    pub column: &'static str,
    /// What was found instead (the database type, or the value).
    pub found: String,
}

/// Reads a row's columns in order, naming the table and column on failure.
pub(crate) struct Reader<'r> {
    row: &'r Row,
    meta: &'static TableMeta,
    /// The selected columns when not every column in ordinal order.
    names: Option<&'r [&'static str]>,
    next: usize,
}

impl<'r> Reader<'r> {
    fn new(row: &'r Row, meta: &'static TableMeta) -> Self {
        Reader {
            row,
            meta,
            names: None,
            next: 0,
        }
    }

    /// A reader for a statement that selected `names` of `meta`'s columns, in that order.
    pub(crate) fn selected(
        row: &'r Row,
        meta: &'static TableMeta,
        names: &'r [&'static str],
    ) -> Self {
        Reader {
            row,
            meta,
            names: Some(names),
            next: 0,
        }
    }

    fn error(&self, i: usize, found: String) -> DecodeError {
        let column = match self.names {
            Some(names) => names.get(i).copied(),
            None => self.meta.columns.get(i).map(|c| c.name),
        };
        DecodeError {
            table: format!("{}.{}", self.meta.schema, self.meta.name),
            column: column.unwrap_or("?"),
            found,
        }
    }

    pub(crate) fn get<T: FromSql<'r>>(&mut self) -> Result<T, DecodeError> {
        let i = self.next;
        self.next += 1;
        self.row.try_get(i).map_err(|e| {
            let ty = self.row.columns().get(i).map(|c| c.type_().to_string());
            let found = match ty {
                Some(ty) => format!("a {ty} value ({e})"),
                None => format!("no column at position {i}"),
            };
            self.error(i, found)
        })
    }

    pub(crate) fn reference<E: RefEnum>(&mut self) -> Result<E, DecodeError> {
        let id: i32 = self.get()?;
        E::from_id(i64::from(id)).map_err(|e| self.error(self.next - 1, e.to_string()))
    }
}

/// A struct decoded from a row holding every column of its table, in ordinal order.
pub trait FromPgRow: Table + Sized {
    /// Decodes `row`.
    fn from_pg_row(row: &Row) -> Result<Self, DecodeError>;
}

impl FromPgRow for User {
    fn from_pg_row(row: &Row) -> Result<Self, DecodeError> {
        let mut r = Reader::new(row, Self::META);
        Ok(User {
            user_id: r.get()?,
            email: r.get()?,
            password_hash: r.get()?,
            first_name: r.get()?,
            last_name: r.get()?,
            phone: r.get()?,
            role_title: r.get()?,
            is_email_verified: r.get()?,
            email_verified_date: r.get()?,
            onboarding_complete: r.get()?,
            last_login: r.get()?,
            access_token_version: r.get()?,
            status_id: r.reference()?,
            created_date: r.get()?,
            created_by: r.get()?,
            updated_date: r.get()?,
            updated_by: r.get()?,
            is_deleted: r.get()?,
            deleted_date: r.get()?,
            deleted_by: r.get()?,
        })
    }
}

impl FromPgRow for Company {
    fn from_pg_row(row: &Row) -> Result<Self, DecodeError> {
        let mut r = Reader::new(row, Self::META);
        Ok(Company {
            company_id: r.get()?,
            company_name: r.get()?,
            abn: r.get()?,
            acn: r.get()?,
            trading_name: r.get()?,
            entity_type_code: r.get()?,
            entity_type_name: r.get()?,
            gst_registered: r.get()?,
            is_active: r.get()?,
            created_date: r.get()?,
            created_by: r.get()?,
            updated_date: r.get()?,
            updated_by: r.get()?,
            is_deleted: r.get()?,
            deleted_date: r.get()?,
            deleted_by: r.get()?,
        })
    }
}

impl FromPgRow for UserCompany {
    fn from_pg_row(row: &Row) -> Result<Self, DecodeError> {
        let mut r = Reader::new(row, Self::META);
        Ok(UserCompany {
            user_company_id: r.get()?,
            user_id: r.get()?,
            company_id: r.get()?,
            user_company_role_id: r.reference()?,
            user_company_status_id: r.reference()?,
            is_default_company: r.get()?,
            joined_via: r.reference()?,
            invited_by: r.get()?,
            created_date: r.get()?,
            created_by: r.get()?,
            updated_date: r.get()?,
            updated_by: r.get()?,
            is_deleted: r.get()?,
            deleted_date: r.get()?,
            deleted_by: r.get()?,
        })
    }
}
