//! The six value-list checks of schema.yaml are Rust enums (issue 18, `enum:` on the column):
//! each enum's labels are its check's, in order; every value goes through the generated
//! insert and decode on PostgreSQL (bound and read as text); the check stays in the
//! database and still refuses a label outside it.

use e2e::{loaded_db, schema};
use gen_runtime::Defaulted::Default as Db;
use gen_runtime::{Defaulted, NewRecord, Query, ValueEnum};
use models::audit::{AuditCompanyChangeType, AuditRoleChangeType, AuditUserChangeType};
use models::cache::AbrSearchSearchType;
use models::log::email_delivery::NewEmailDelivery;
use models::log::{ApplicationErrorSeverity, EmailDelivery, EmailDeliveryStatus};

/// The labels of the value-list check on `schema.table.column` in schema.yaml.
fn check_labels(source: &str) -> Vec<String> {
    let mut parts = source.split('.');
    let (s, t, c) = (parts.next(), parts.next(), parts.next());
    let table = schema()
        .table(s.unwrap(), t.unwrap())
        .unwrap_or_else(|| panic!("{source} is not in schema.yaml"));
    let (_, labels) = generator::dialect::value_list_of(table, c.unwrap())
        .unwrap_or_else(|| panic!("{source} has no value-list check"));
    labels
}

fn labels<E: ValueEnum>() -> Vec<String> {
    E::ALL.iter().map(|v| v.label().to_owned()).collect()
}

#[test]
fn each_enum_has_its_checks_labels_in_order() {
    let pairs = [
        (AuditUserChangeType::SOURCE, labels::<AuditUserChangeType>()),
        (
            AuditCompanyChangeType::SOURCE,
            labels::<AuditCompanyChangeType>(),
        ),
        (AuditRoleChangeType::SOURCE, labels::<AuditRoleChangeType>()),
        (
            ApplicationErrorSeverity::SOURCE,
            labels::<ApplicationErrorSeverity>(),
        ),
        (EmailDeliveryStatus::SOURCE, labels::<EmailDeliveryStatus>()),
        (AbrSearchSearchType::SOURCE, labels::<AbrSearchSearchType>()),
    ];
    for (source, labels) in pairs {
        assert_eq!(labels, check_labels(source), "{source}");
    }
    assert_eq!(
        AuditUserChangeType::SOURCE,
        "audit.User.ChangeType",
        "named by schema.yaml, not {{Table}}{{Column}} (which would be `UserChangeType`)"
    );
}

#[tokio::test]
async fn every_status_round_trips_and_the_check_still_refuses_others() {
    let db = loaded_db("check_enums").await;
    let client = db.client().await.unwrap();
    let client = &client;
    for status in EmailDeliveryStatus::ALL.iter().copied() {
        let new = NewEmailDelivery {
            status: Defaulted::Value(status),
            ..new_delivery()
        };
        let row = new.insert(client).await.unwrap();
        assert_eq!(row.status, status);
    }
    let queued = NewEmailDelivery {
        status: Db,
        ..new_delivery()
    }
    .insert(client)
    .await
    .unwrap();
    assert_eq!(
        queued.status,
        EmailDeliveryStatus::Queued,
        "the default 'QUEUED'"
    );
    let all = EmailDelivery::all(client).await.unwrap();
    assert_eq!(all.len(), EmailDeliveryStatus::ALL.len() + 1);
    let refused = client
        .execute(r#"UPDATE "log"."EmailDelivery" SET "Status" = 'LOST'"#, &[])
        .await
        .unwrap_err();
    assert!(
        format!("{refused:?}").contains("CK_EmailDelivery_Status"),
        "{refused:?}"
    );
}

fn new_delivery() -> NewEmailDelivery {
    NewEmailDelivery {
        recipient_email: "b@example.com".into(),
        template_name: "welcome".into(),
        subject: "Welcome".into(),
        status: Db,
        provider_reference: None,
        attempt_count: Db,
        error_message: None,
        user_id: None,
        sent_date: None,
        delivered_date: None,
        created_date: Db,
    }
}
