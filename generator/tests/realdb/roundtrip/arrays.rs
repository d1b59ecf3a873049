//! Arrays of the `arrays` fixture through the generated insert and decode: elements that are
//! NULL, empty arrays, a NULL array, numeric(19,4) elements at money's limits, +09:30 offsets,
//! text of a bounded length. Built and run by generator/tests/realdb.rs (`ROUNDTRIP_URL`).

use gen_runtime::{NewRecord, Query, ToValue};
use models::public::Survey;
use models::public::survey::NewSurvey;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = &connect().await;

    let seen = late_at_0930();
    let full = NewSurvey {
        survey_id: 1,
        scores: vec![Some(i32::MIN), None, Some(i32::MAX)],
        big: Some(vec![Some(i64::MAX), None]),
        tags: Some(vec![Some("O'Brien \u{1F600}".into()), None, Some(String::new())]),
        codes: Some(vec![Some("ABCDE".into()), None]),
        amounts: Some(vec![
            Some(dec("922337203685477.5807")),
            None,
            Some(dec("-922337203685477.5808")),
        ]),
        seen: Some(vec![Some(seen), None]),
        flags: Some(vec![Some(true), None, Some(false)]),
    };
    let empty = NewSurvey {
        survey_id: 2,
        scores: Vec::new(),
        big: Some(Vec::new()),
        tags: None,
        codes: None,
        amounts: None,
        seen: None,
        flags: None,
    };
    for new in [full, empty] {
        let s = new.insert(client).await.expect("survey inserts");
        assert_eq!(
            (&s.scores, &s.big, &s.tags, &s.codes, &s.amounts, &s.seen, &s.flags),
            (
                &new.scores,
                &new.big,
                &new.tags,
                &new.codes,
                &new.amounts,
                &new.seen,
                &new.flags
            ),
            "read back as written, NULL elements included"
        );
        let found = Survey::find(client, vec![s.survey_id.to_value()])
            .await
            .expect("finds")
            .expect("the row exists");
        assert_eq!(found, s);
    }
    let all = Survey::all(client).await.expect("selects");
    assert_eq!(all.len(), 2);
    assert_eq!(
        all[0].amounts.as_ref().and_then(|a| a[0]).map(|d| d.to_string()),
        Some("922337203685477.5807".to_owned()),
        "exact to the last digit"
    );
    println!("roundtrip ok");
}
