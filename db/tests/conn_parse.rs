//! Connection strings: URLs and ADO.NET strings parse into the same spec; errors say what is
//! wrong without the password.

use std::time::Duration;

use db::conn::{ConnError, ConnSpec, Encrypt};
use gen_runtime::Dialect;

#[test]
fn mssql_url_with_parameters() {
    let s = ConnSpec::parse(
        "mssql://sa:p%40ss%3Aword@db.local:14330/EventLeadPlatform?trust_server_certificate=true&encrypt=strict&connect_timeout=2.5&query_timeout=30",
    )
    .unwrap();
    assert_eq!(s.dialect(), Dialect::Mssql);
    let p = s.params();
    assert_eq!(
        (p.host.as_str(), p.port, p.database.as_str()),
        ("db.local", 14330, "EventLeadPlatform")
    );
    assert_eq!(p.user.as_deref(), Some("sa"));
    assert_eq!(p.password.as_ref().unwrap().expose(), "p@ss:word");
    assert!(p.trust_server_certificate);
    assert_eq!(p.encrypt, Encrypt::Strict);
    assert_eq!(p.connect_timeout, Some(Duration::from_millis(2500)));
    assert_eq!(p.query_timeout, Some(Duration::from_secs(30)));
    assert_eq!(
        s.redacted(),
        "mssql://sa:***@db.local:14330/EventLeadPlatform"
    );
}

#[test]
fn sqlserver_scheme_and_defaults() {
    let s = ConnSpec::parse("SQLSERVER://sa@host").unwrap();
    let p = s.params();
    assert_eq!((p.port, p.database.as_str()), (1433, "master"));
    assert_eq!(p.encrypt, Encrypt::Required);
    assert_eq!(p.connect_timeout, None, "each caller has its own default");
    assert_eq!(p.query_timeout, None);
    assert!(!p.trust_server_certificate);
}

#[test]
fn ado_net_string_with_quotes_and_any_case() {
    let s = ConnSpec::parse(
        "Server=tcp:sql.example,1433; DATABASE=EventLeadPlatform;user id=app;Password='it''s;secret';TrustServerCertificate=True;Connect Timeout=5;Encrypt=False;MultipleActiveResultSets=true",
    )
    .unwrap();
    assert_eq!(s.dialect(), Dialect::Mssql);
    let p = s.params();
    assert_eq!((p.host.as_str(), p.port), ("sql.example", 1433));
    assert_eq!(p.database, "EventLeadPlatform");
    assert_eq!(p.user.as_deref(), Some("app"));
    assert_eq!(p.password.as_ref().unwrap().expose(), "it's;secret");
    assert!(p.trust_server_certificate);
    assert_eq!(p.encrypt, Encrypt::LoginOnly);
    assert_eq!(p.connect_timeout, Some(Duration::from_secs(5)));
    let dq = ConnSpec::parse("Data Source=h;Initial Catalog=d;UID=u;PWD=\"a\"\"b\"").unwrap();
    assert_eq!(dq.params().password.as_ref().unwrap().expose(), "a\"b");
    assert_eq!(dq.params().database, "d");
}

#[test]
fn postgres_urls_percent_decode() {
    let s = ConnSpec::parse(
        "postgresql://us%20er:pa%2Fss@[::1]:6543/my%20db?connect_timeout=1&sslmode=disable",
    )
    .unwrap();
    assert_eq!(s.dialect(), Dialect::Postgres);
    let p = s.params();
    assert_eq!(
        (p.host.as_str(), p.port, p.database.as_str()),
        ("::1", 6543, "my db")
    );
    assert_eq!(p.user.as_deref(), Some("us er"));
    assert_eq!(p.password.as_ref().unwrap().expose(), "pa/ss");
    assert_eq!(s.redacted(), "postgres://us er:***@[::1]:6543/my db");
    let d = ConnSpec::parse("postgres://postgres@127.0.0.1").unwrap();
    assert_eq!(
        (d.params().port, d.params().database.as_str()),
        (5432, "postgres")
    );
}

#[test]
fn errors_name_the_problem_not_the_password() {
    let cases: [(&str, &str); 9] = [
        ("http://x", "neither a URL"),
        ("mssql://u:pw@/db", "names no host"),
        ("mssql://u:pw@h:99999/db", "`99999` is not a port"),
        ("postgres://u:secret%zz@h/db", "bad password"),
        (
            "postgres://u@h/db?sslmode=verify",
            "use disable, prefer, require, verify-ca or verify-full",
        ),
        (
            "postgres://u@h/db?colour=blue",
            "unknown connection parameter `colour`",
        ),
        (
            "mssql://u@h/db?connect_timeout=0",
            "not a positive number of seconds",
        ),
        (
            "Server=h\\SQLEXPRESS;User Id=u;Password=secret",
            "named instance",
        ),
        ("Server=h;Password='secret", "never closed"),
    ];
    for (text, expected) in cases {
        let err = ConnSpec::parse(text).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(expected), "{text}: {msg}");
        assert!(!msg.contains("secret"), "{text} leaks the password: {msg}");
    }
    assert!(matches!(
        ConnSpec::parse("Server=h;Integrated Security=SSPI"),
        Err(ConnError::Unsupported(_))
    ));
    assert!(matches!(
        ConnSpec::parse("Server=h;Flavour=x"),
        Err(ConnError::UnknownKey { .. })
    ));
}

#[test]
fn a_ca_file_for_certificate_verification_in_either_form() {
    let url = ConnSpec::parse("mssql://sa@host/db?trust_cert_ca=/etc/ssl/our-ca.crt").unwrap();
    assert_eq!(
        url.params().trust_cert_ca.as_deref(),
        Some("/etc/ssl/our-ca.crt")
    );
    assert!(!url.params().trust_server_certificate);
    let ado = ConnSpec::parse(
        "Server=tcp:host,1433;Database=db;User Id=sa;TrustServerCertificateCA=/etc/ssl/our-ca.crt",
    )
    .unwrap();
    assert_eq!(ado.params(), url.params());
    let pg = ConnSpec::parse("postgres://u@h/db?trust_cert_ca=/x").unwrap_err();
    assert!(pg.to_string().contains("trust_cert_ca"), "{pg}");
}

#[test]
fn the_drivers_configurations_carry_the_parameters() {
    let s = ConnSpec::parse(
        "Server=tcp:sql.example,1444;Database=x;User Id=app;Password=p;Application Name=svc",
    )
    .unwrap();
    let c = s.params().tiberius_config().unwrap();
    assert_eq!(c.get_addr(), "sql.example:1444");
    let s =
        ConnSpec::parse("postgres://u:p@h:6543/d?application_name=svc&connect_timeout=3").unwrap();
    let c = s.params().postgres_config();
    assert_eq!(c.get_ports(), [6543]);
    assert_eq!(c.get_dbname(), Some("d"));
    assert_eq!(c.get_user(), Some("u"));
    assert_eq!(c.get_application_name(), Some("svc"));
    let e = db::mssql_config("postgres://u@h/d").unwrap_err();
    assert!(
        e.to_string().contains("PostgreSQL connection string"),
        "{e}"
    );
}

#[test]
fn a_token_login_is_refused_with_a_password_or_without_encryption() {
    let both = ConnSpec::parse("mssql://app:pw@h/d?aad_token_env=TOKEN").unwrap_err();
    assert!(both.to_string().contains("keep one of them"), "{both}");
    let plain =
        ConnSpec::parse("Server=h;Database=d;AAD Token Env=TOKEN;Encrypt=false").unwrap_err();
    assert!(
        plain.to_string().contains("must not travel unencrypted"),
        "{plain}"
    );
    let value = ConnSpec::parse("mssql://h/d?aad_token_env=eyJ0.abc").unwrap_err();
    assert!(
        value
            .to_string()
            .contains("not an environment variable name"),
        "{value}"
    );
    let pg = ConnSpec::parse("postgres://h/d?aad_token_env=TOKEN").unwrap_err();
    assert!(pg.to_string().contains("aad_token_env"), "{pg}");
}
