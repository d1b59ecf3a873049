//! `api`'s pagination over the generated selects: a validated [`api::pagination::Page`]
//! orders and pages a [`Select`] the way `PaginatedResponse` describes it, and [`fetch_page`]
//! runs the page and the count and returns the envelope's `PaginatedResponse`.
//!
//! Here rather than in gen-runtime, which depends on no workspace crate: `db` is where a
//! service meets both.

use api::pagination::{Page, PaginatedResponse, SortOrder};
use gen_runtime::{Conn, Direction, Error, Record, Select};

/// The select ordered and paged as `page` asks: by its `sort_by` (one of the endpoint's
/// column constants, as [`api::PaginationParams::validate`] guarantees) in its direction, the
/// primary key breaking ties, or in key order when the request names no column; then
/// `OFFSET (page - 1) * pageSize ROWS FETCH NEXT pageSize ROWS ONLY`.
pub fn paginate<T: Record>(select: Select<T>, page: &Page<'static>) -> Select<T> {
    let ordered = match page.sort_by {
        Some(column) => select.order_by(
            column,
            match page.sort_order {
                SortOrder::Asc => Direction::Asc,
                SortOrder::Desc => Direction::Desc,
            },
        ),
        None => select,
    };
    ordered.page(page.offset(), page.limit())
}

/// One page of `select` as `page` asks ([`paginate`]) and the number of rows across all pages
/// (the same filter, counted), as the envelope's [`PaginatedResponse`]. Both statements run
/// on `conn` (`&mut Tx` for a consistent pair, or `&mut Connection`, or a tiberius client).
pub async fn fetch_page<T, C>(
    conn: &mut C,
    select: Select<T>,
    page: &Page<'static>,
) -> Result<PaginatedResponse<T>, Error>
where
    T: Record + Clone,
    C: Send,
    for<'a> &'a mut C: Conn,
{
    let total = select.clone().count(&mut *conn).await?;
    let items = paginate(select, page).all(&mut *conn).await?;
    Ok(PaginatedResponse::new(items, total, page))
}
