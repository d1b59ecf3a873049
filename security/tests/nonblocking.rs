//! The async wrappers run bcrypt on tokio's blocking pool and give the same answers.

use security::{PasswordError, PasswordHasher, SecretString, verify_password_async};

#[tokio::test]
async fn hash_and_verify_off_the_executor() {
    let hasher = PasswordHasher::new(4).unwrap();
    let hash = hasher
        .hash_async(SecretString::from("async pw"))
        .await
        .unwrap();
    assert!(hash.starts_with("$2b$04$"));
    assert!(
        hasher
            .verify_async("async pw".into(), hash.clone())
            .await
            .unwrap()
    );
    assert!(
        !hasher
            .verify_async("other".into(), hash.clone())
            .await
            .unwrap()
    );
    // The default-cost verifier reads the cost from the hash, so cost 4 stays fast.
    assert!(
        verify_password_async("async pw".into(), hash)
            .await
            .unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_come_back_as_errors() {
    let err = verify_password_async("pw".into(), "not a hash".into())
        .await
        .unwrap_err();
    assert!(matches!(err, PasswordError::MalformedHash { .. }));
    let err = PasswordHasher::new(4)
        .unwrap()
        .hash_async("a".repeat(73).into())
        .await
        .unwrap_err();
    assert!(matches!(err, PasswordError::TooLong { len: 73, .. }));
}
