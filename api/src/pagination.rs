//! Pagination: request parameters, their validation, and the paginated answer.
//!
//! [`PaginationParams`] is what a client sends (`?page=2&pageSize=50&sortBy=Email&sortOrder=desc`);
//! it deserialises leniently so that out-of-range values reach [`PaginationParams::validate`] and
//! get a clear reason instead of a parse error. Validation yields a [`Page`] whose `sort_by` is
//! one of the caller's column constants, never client text, so it is safe to put in SQL.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::envelope::ErrorResponse;

/// The first page's number.
pub const FIRST_PAGE: i64 = 1;
/// Page size when the client names none.
pub const DEFAULT_PAGE_SIZE: i64 = 20;
/// Smallest page size accepted.
pub const MIN_PAGE_SIZE: i64 = 1;
/// Largest page size accepted.
pub const MAX_PAGE_SIZE: i64 = 100;

/// Pagination parameters as the client sent them (camelCase in JSON and query strings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PaginationParams {
    /// 1-based page number; defaults to 1.
    pub page: i64,
    /// Items per page, 1 to 100; defaults to 20.
    pub page_size: i64,
    /// Column to sort by; must be one of the endpoint's allowed column constants.
    pub sort_by: Option<String>,
    /// `asc` or `desc`; defaults to `asc`.
    pub sort_order: Option<String>,
}

impl Default for PaginationParams {
    fn default() -> Self {
        Self {
            page: FIRST_PAGE,
            page_size: DEFAULT_PAGE_SIZE,
            sort_by: None,
            sort_order: None,
        }
    }
}

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Ascending (`asc`), the default.
    #[default]
    Asc,
    /// Descending (`desc`).
    Desc,
}

impl SortOrder {
    /// `ASC` or `DESC`, for SQL.
    pub fn as_sql(self) -> &'static str {
        match self {
            SortOrder::Asc => "ASC",
            SortOrder::Desc => "DESC",
        }
    }
}

impl fmt::Display for SortOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SortOrder::Asc => "asc",
            SortOrder::Desc => "desc",
        })
    }
}

/// Why pagination parameters were refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PaginationError {
    /// `page` below 1.
    #[error("page must be at least {FIRST_PAGE}, got {0}")]
    PageTooSmall(i64),
    /// `pageSize` outside 1 to 100.
    #[error("pageSize must be from {MIN_PAGE_SIZE} to {MAX_PAGE_SIZE}, got {0}")]
    PageSizeOutOfRange(i64),
    /// `sortOrder` other than `asc` or `desc`.
    #[error("sortOrder must be `asc` or `desc`, got {0:?}")]
    InvalidSortOrder(String),
    /// `sortBy` not among the endpoint's sortable columns.
    #[error("sortBy {given:?} is not sortable here; use one of: {}", allowed.join(", "))]
    UnknownSortColumn {
        /// What the client sent.
        given: String,
        /// The columns this endpoint sorts by (exact, case-sensitive).
        allowed: Vec<String>,
    },
}

impl PaginationError {
    /// The request field at fault, as the client names it.
    pub fn field(&self) -> &'static str {
        match self {
            PaginationError::PageTooSmall(_) => "page",
            PaginationError::PageSizeOutOfRange(_) => "pageSize",
            PaginationError::InvalidSortOrder(_) => "sortOrder",
            PaginationError::UnknownSortColumn { .. } => "sortBy",
        }
    }
}

impl From<PaginationError> for ErrorResponse {
    fn from(err: PaginationError) -> Self {
        ErrorResponse::invalid_field(err.field(), &err)
    }
}

/// Validated pagination: safe to turn into `OFFSET … FETCH`/`LIMIT` and `ORDER BY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page<'a> {
    /// 1-based page number, at least 1.
    pub page: u32,
    /// Items per page, 1 to 100.
    pub page_size: u32,
    /// The allowed column constant matched by `sortBy`, if one was given.
    pub sort_by: Option<&'a str>,
    /// Sort direction.
    pub sort_order: SortOrder,
}

impl Page<'_> {
    /// Rows to skip: `(page - 1) * page_size`.
    pub fn offset(&self) -> u64 {
        u64::from(self.page - 1) * u64::from(self.page_size)
    }

    /// Rows to take: `page_size`.
    pub fn limit(&self) -> u32 {
        self.page_size
    }
}

impl PaginationParams {
    /// Checks the parameters; `sortable` lists the columns this endpoint may sort by, typically
    /// generated column constants such as `models::dbo::user::columns::EMAIL`. `sortBy` must
    /// match one exactly (case-sensitive). The first problem found is reported.
    pub fn validate<'a>(&self, sortable: &[&'a str]) -> Result<Page<'a>, PaginationError> {
        let page = u32::try_from(self.page)
            .ok()
            .filter(|p| i64::from(*p) >= FIRST_PAGE)
            .ok_or(PaginationError::PageTooSmall(self.page))?;
        let page_size = u32::try_from(self.page_size)
            .ok()
            .filter(|s| (MIN_PAGE_SIZE..=MAX_PAGE_SIZE).contains(&i64::from(*s)))
            .ok_or(PaginationError::PageSizeOutOfRange(self.page_size))?;
        let sort_order = match self.sort_order.as_deref() {
            None | Some("asc") => SortOrder::Asc,
            Some("desc") => SortOrder::Desc,
            Some(other) => return Err(PaginationError::InvalidSortOrder(other.to_owned())),
        };
        let sort_by = match self.sort_by.as_deref() {
            None => None,
            Some(given) => Some(
                sortable
                    .iter()
                    .copied()
                    .find(|column| *column == given)
                    .ok_or_else(|| PaginationError::UnknownSortColumn {
                        given: given.to_owned(),
                        allowed: sortable.iter().map(|c| (*c).to_owned()).collect(),
                    })?,
            ),
        };
        Ok(Page {
            page,
            page_size,
            sort_by,
            sort_order,
        })
    }
}

/// One page of results: `{"items", "total", "page", "pageSize", "totalPages"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaginatedResponse<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// Items across all pages.
    pub total: u64,
    /// This page's number, 1-based.
    pub page: u32,
    /// Items per page.
    pub page_size: u32,
    /// Pages in all: `ceil(total / pageSize)`, 0 when there are no items.
    pub total_pages: u64,
}

impl<T> PaginatedResponse<T> {
    /// Wraps one page of `items` out of `total`, for the validated request `page`.
    pub fn new(items: Vec<T>, total: u64, page: &Page<'_>) -> Self {
        Self {
            items,
            total,
            page: page.page,
            page_size: page.page_size,
            total_pages: total.div_ceil(u64::from(page.page_size.max(1))),
        }
    }
}
