//! Pagination bounds, sort order and the sortable-column allow-list.

use api::pagination::{MAX_PAGE_SIZE, Page};
use api::{ErrorResponse, PaginatedResponse, PaginationError, PaginationParams, SortOrder};
use serde_json::json;

// Stand-ins for generated constants such as `models::dbo::user::columns::EMAIL`.
const EMAIL: &str = "Email";
const CREATED_DATE: &str = "CreatedDate";
const SORTABLE: &[&str] = &[EMAIL, CREATED_DATE];

fn params(page: i64, page_size: i64) -> PaginationParams {
    PaginationParams {
        page,
        page_size,
        ..PaginationParams::default()
    }
}

#[test]
fn page_must_be_at_least_1() {
    for page in [0, -1, i64::MIN] {
        assert_eq!(
            params(page, 20).validate(SORTABLE),
            Err(PaginationError::PageTooSmall(page))
        );
    }
    assert_eq!(params(1, 20).validate(SORTABLE).unwrap().page, 1);
    assert_eq!(
        params(i64::from(u32::MAX), 20)
            .validate(SORTABLE)
            .unwrap()
            .page,
        u32::MAX
    );
    assert!(
        params(i64::from(u32::MAX) + 1, 20)
            .validate(SORTABLE)
            .is_err()
    );
}

#[test]
fn page_size_is_1_to_100() {
    for size in [1, 2, 99, MAX_PAGE_SIZE] {
        assert_eq!(
            params(1, size).validate(SORTABLE).unwrap().page_size as i64,
            size
        );
    }
    for size in [0, -5, 101, 1000, i64::MAX] {
        let err = params(1, size).validate(SORTABLE).unwrap_err();
        assert_eq!(err, PaginationError::PageSizeOutOfRange(size));
        assert_eq!(
            err.to_string(),
            format!("pageSize must be from 1 to 100, got {size}")
        );
    }
}

#[test]
fn sort_order_is_asc_or_desc() {
    let with = |order: Option<&str>| PaginationParams {
        sort_order: order.map(str::to_owned),
        ..PaginationParams::default()
    };
    assert_eq!(
        with(None).validate(SORTABLE).unwrap().sort_order,
        SortOrder::Asc
    );
    assert_eq!(
        with(Some("asc")).validate(SORTABLE).unwrap().sort_order,
        SortOrder::Asc
    );
    assert_eq!(
        with(Some("desc")).validate(SORTABLE).unwrap().sort_order,
        SortOrder::Desc
    );
    for bad in ["ASC", "descending", "", "up", "desc; DROP TABLE x"] {
        assert_eq!(
            with(Some(bad)).validate(SORTABLE),
            Err(PaginationError::InvalidSortOrder(bad.into()))
        );
    }
}

#[test]
fn sort_by_is_an_exact_allowed_column_and_returns_the_constant() {
    let with = |column: &str| PaginationParams {
        sort_by: Some(column.to_owned()),
        ..PaginationParams::default()
    };
    let page = with("CreatedDate").validate(SORTABLE).unwrap();
    assert_eq!(page.sort_by, Some(CREATED_DATE));
    assert!(std::ptr::eq(page.sort_by.unwrap(), CREATED_DATE));
    for bad in [
        "email",
        "EMAIL",
        " Email",
        "Email ",
        "PasswordHash",
        "Email; --",
        "",
    ] {
        let err = with(bad).validate(SORTABLE).unwrap_err();
        assert_eq!(
            err,
            PaginationError::UnknownSortColumn {
                given: bad.into(),
                allowed: vec!["Email".into(), "CreatedDate".into()],
            }
        );
        assert!(
            err.to_string().ends_with("use one of: Email, CreatedDate"),
            "{err}"
        );
    }
    assert!(with("Email").validate(&[]).is_err());
}

#[test]
fn offset_and_limit() {
    let page = params(3, 25).validate(SORTABLE).unwrap();
    assert_eq!((page.offset(), page.limit()), (50, 25));
    let last = params(i64::from(u32::MAX), 100).validate(SORTABLE).unwrap();
    assert_eq!(last.offset(), (u64::from(u32::MAX) - 1) * 100);
}

#[test]
fn total_pages_rounds_up() {
    let page = |size| Page {
        page: 1,
        page_size: size,
        sort_by: None,
        sort_order: SortOrder::Asc,
    };
    let cases = [
        (0, 20, 0),
        (1, 20, 1),
        (20, 20, 1),
        (21, 20, 2),
        (100, 1, 100),
        (101, 100, 2),
    ];
    for (total, size, pages) in cases {
        let response = PaginatedResponse::<u8>::new(vec![], total, &page(size));
        assert_eq!(response.total_pages, pages, "{total}/{size}");
    }
}

#[test]
fn errors_become_error_responses_naming_the_field() {
    let err = params(0, 20).validate(SORTABLE).unwrap_err();
    assert_eq!(err.field(), "page");
    let body = serde_json::to_value(ErrorResponse::from(err)).unwrap();
    assert_eq!(
        body,
        json!({"error": "Validation failed",
               "details": {"field": "page", "reason": "page must be at least 1, got 0"}})
    );
}
