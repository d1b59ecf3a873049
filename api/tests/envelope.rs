//! Envelope JSON uses the seeds' field names: success/message/data, error/details,
//! page/pageSize/sortBy/sortOrder, items/total/page/pageSize/totalPages.

use api::pagination::Page;
use api::{BaseResponse, ErrorResponse, PaginatedResponse, PaginationParams, SortOrder};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Company {
    company_id: i64,
    company_name: String,
}

fn acme() -> Company {
    Company {
        company_id: 7,
        company_name: "Acme Events".into(),
    }
}

#[test]
fn base_response_fields() {
    let body =
        serde_json::to_string(&BaseResponse::ok_with_message(acme(), "Company created")).unwrap();
    assert_eq!(
        body,
        r#"{"success":true,"message":"Company created","data":{"companyId":7,"companyName":"Acme Events"}}"#
    );
    let ok = serde_json::to_value(BaseResponse::ok(1)).unwrap();
    assert_eq!(ok, json!({"success": true, "message": null, "data": 1}));
    let msg = serde_json::to_value(BaseResponse::<()>::message(false, "Nothing to do")).unwrap();
    assert_eq!(
        msg,
        json!({"success": false, "message": "Nothing to do", "data": null})
    );
}

#[test]
fn base_response_round_trips() {
    let original = BaseResponse::ok(acme());
    let text = serde_json::to_string(&original).unwrap();
    assert_eq!(
        serde_json::from_str::<BaseResponse<Company>>(&text).unwrap(),
        original
    );
}

#[test]
fn error_response_fields() {
    let plain = serde_json::to_value(ErrorResponse::new("Not found")).unwrap();
    assert_eq!(plain, json!({"error": "Not found", "details": null}));
    let detailed = ErrorResponse::new("Conflict").with_details(json!({"email": "taken"}));
    assert_eq!(
        serde_json::to_string(&detailed).unwrap(),
        r#"{"error":"Conflict","details":{"email":"taken"}}"#
    );
    let field = serde_json::to_value(ErrorResponse::invalid_field("abn", "bad checksum")).unwrap();
    assert_eq!(
        field,
        json!({"error": "Validation failed", "details": {"field": "abn", "reason": "bad checksum"}})
    );
}

#[test]
fn pagination_params_fields_and_defaults() {
    let params: PaginationParams =
        serde_json::from_str(r#"{"page":2,"pageSize":50,"sortBy":"Email","sortOrder":"desc"}"#)
            .unwrap();
    assert_eq!(
        params,
        PaginationParams {
            page: 2,
            page_size: 50,
            sort_by: Some("Email".into()),
            sort_order: Some("desc".into()),
        }
    );
    let keys: Vec<String> = match serde_json::to_value(&params).unwrap() {
        Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    };
    assert_eq!(keys, ["page", "pageSize", "sortBy", "sortOrder"]);
    let defaults: PaginationParams = serde_json::from_str("{}").unwrap();
    assert_eq!(defaults, PaginationParams::default());
    assert_eq!((defaults.page, defaults.page_size), (1, 20));
}

#[test]
fn paginated_response_fields() {
    let page = Page {
        page: 2,
        page_size: 10,
        sort_by: None,
        sort_order: SortOrder::Asc,
    };
    let response = PaginatedResponse::new(vec![acme()], 11, &page);
    assert_eq!(
        serde_json::to_value(&response).unwrap(),
        json!({
            "items": [{"companyId": 7, "companyName": "Acme Events"}],
            "total": 11,
            "page": 2,
            "pageSize": 10,
            "totalPages": 2
        })
    );
    let text = serde_json::to_string(&response).unwrap();
    assert!(text.starts_with(r#"{"items":"#), "{text}");
    assert_eq!(
        serde_json::from_str::<PaginatedResponse<Company>>(&text).unwrap(),
        response
    );
}

#[test]
fn sort_order_serialises_lowercase() {
    assert_eq!(
        serde_json::to_string(&SortOrder::Desc).unwrap(),
        r#""desc""#
    );
    assert_eq!(
        serde_json::from_str::<SortOrder>(r#""asc""#).unwrap(),
        SortOrder::Asc
    );
    assert_eq!(SortOrder::Desc.as_sql(), "DESC");
}
