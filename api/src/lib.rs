//! API building blocks shared by EventLeadPlatform services.
//!
//! - [`envelope`] — [`BaseResponse`] and [`ErrorResponse`], the JSON every endpoint answers with.
//! - [`pagination`] — [`PaginationParams`] (validated `page`, `pageSize`, `sortBy`, `sortOrder`)
//!   and [`PaginatedResponse`].
//! - [`validate`] — email, Australian phone number, ABN and ACN validators that return the
//!   normalised value or the reason for refusal.
//!
//! JSON field names are camelCase, as the platform's seed documents name them.
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod envelope;
pub mod pagination;
pub mod validate;

pub use envelope::{BaseResponse, ErrorResponse};
pub use pagination::{PaginatedResponse, PaginationError, PaginationParams, SortOrder};
