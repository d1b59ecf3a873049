//! Entra ID (Azure AD) token logins: `aad_token_env` names the environment variable that holds
//! the access token; the token reaches tiberius and never a message. One test per binary
//! because it sets an environment variable (nothing else in this process reads the environment
//! meanwhile).

use db::conn::ConnSpec;

const VAR: &str = "ELP_AAD_TOKEN_TEST";
const TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-part";

#[test]
fn a_token_login_reads_its_variable_and_never_shows_the_token() {
    for text in [
        format!("mssql://sql.example:1433/elp?aad_token_env={VAR}"),
        format!("Server=tcp:sql.example,1433;Database=elp;AAD Token Env={VAR}"),
    ] {
        let spec = ConnSpec::parse(&text).unwrap();
        let p = spec.params();
        assert_eq!(p.aad_token_env.as_deref(), Some(VAR), "{text}");
        assert_eq!(p.user, None);

        // Unset: the error names the variable and how to fill it.
        let e = p.tiberius_config().unwrap_err().to_string();
        assert!(
            e.contains(VAR) && e.contains("az account get-access-token"),
            "{e}"
        );

        // SAFETY: this binary's only test; no other thread reads the environment.
        unsafe { std::env::set_var(VAR, format!("  {TOKEN}\n")) };
        let config = p.tiberius_config().unwrap();
        let shown = format!("{config:?} {spec:?} {spec}");
        assert!(shown.contains("AADToken"), "{shown}");
        assert!(!shown.contains("secret-part"), "the token leaked: {shown}");
        // SAFETY: as above.
        unsafe { std::env::remove_var(VAR) };
    }
}
