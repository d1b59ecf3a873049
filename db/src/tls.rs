//! TLS for PostgreSQL on rustls, with libpq's `sslmode` values. tokio-postgres itself knows
//! only `disable`, `prefer` and `require` (and never checks a certificate); verification is
//! the rustls configuration built here:
//!
//! | `sslmode` | TLS | the server's certificate |
//! |---|---|---|
//! | `disable` | never | — |
//! | `prefer` (libpq's default) | when the server offers it | not checked |
//! | `require` | always | not checked, unless `sslrootcert` is given: then as `verify-ca` (as libpq does) |
//! | `verify-ca` | always | signed by a CA in `sslrootcert` |
//! | `verify-full` | always | signed by a CA in `sslrootcert`, and issued for the host connected to |
//!
//! `sslrootcert` is a PEM file of CA certificates, or `system` for the operating system's
//! trust store; `verify-ca` and `verify-full` without it use the system store too.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SslMode {
    /// No TLS.
    Disable,
    /// TLS when the server offers it, certificate not checked (libpq's default).
    #[default]
    Prefer,
    /// TLS always, certificate not checked (checked as `verify-ca` when `sslrootcert` is given).
    Require,
    /// TLS always, certificate signed by a trusted CA.
    VerifyCa,
    /// TLS always, certificate signed by a trusted CA and valid for the host name.
    VerifyFull,
}

impl SslMode {
    /// Parses a `sslmode` value.
    pub fn parse(value: &str) -> Option<SslMode> {
        Some(match value {
            "disable" => SslMode::Disable,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }

    /// The value as written in a connection string.
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

impl fmt::Display for SslMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where trusted CA certificates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCert {
    /// A PEM file of CA certificates.
    File(PathBuf),
    /// The operating system's trust store (`sslrootcert=system`).
    System,
}

/// The TLS settings of one PostgreSQL connection string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PgTls {
    /// `sslmode`.
    pub mode: SslMode,
    /// `sslrootcert`.
    pub root_cert: Option<RootCert>,
}

/// A TLS setting that cannot be used (a bad value, or a CA file that cannot be read).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TlsConfigError(pub String);

impl PgTls {
    /// Reads `sslmode` and `sslrootcert` from a PostgreSQL connection string and returns the
    /// string without them (for tokio-postgres, which would refuse `verify-full` and
    /// `sslrootcert`). Both the URL form (`?sslmode=…&sslrootcert=…`) and the key=value form
    /// (`host=… sslmode=…`) are read.
    pub fn split(conn: &str) -> Result<(String, PgTls), TlsConfigError> {
        let mut tls = PgTls::default();
        let mut take = |key: &str, value: &str| -> Result<bool, TlsConfigError> {
            match key {
                "sslmode" => {
                    tls.mode = SslMode::parse(value).ok_or_else(|| {
                        TlsConfigError(format!(
                            "sslmode={value} is not a PostgreSQL sslmode: use disable, prefer, require, verify-ca or verify-full"
                        ))
                    })?;
                    Ok(true)
                }
                "sslrootcert" => {
                    tls.root_cert = Some(match value {
                        "system" => RootCert::System,
                        path => RootCert::File(PathBuf::from(percent_decode(path))),
                    });
                    Ok(true)
                }
                _ => Ok(false),
            }
        };
        let rest = if conn.contains("://") {
            match conn.split_once('?') {
                None => conn.to_string(),
                Some((base, query)) => {
                    let mut kept = Vec::new();
                    for pair in query.split('&').filter(|p| !p.is_empty()) {
                        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                        if !take(k, v)? {
                            kept.push(pair);
                        }
                    }
                    if kept.is_empty() {
                        base.to_string()
                    } else {
                        format!("{base}?{}", kept.join("&"))
                    }
                }
            }
        } else {
            let mut kept = Vec::new();
            for word in conn.split_whitespace() {
                let (k, v) = word.split_once('=').unwrap_or((word, ""));
                if !take(k.trim(), v.trim())? {
                    kept.push(word);
                }
            }
            kept.join(" ")
        };
        Ok((rest, tls))
    }

    /// What tokio-postgres is told: `disable`, `prefer` or `require` (verification is ours).
    pub fn driver_mode(&self) -> tokio_postgres::config::SslMode {
        match self.mode {
            SslMode::Disable => tokio_postgres::config::SslMode::Disable,
            SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
            _ => tokio_postgres::config::SslMode::Require,
        }
    }

    /// How the certificate is checked: `require` with a CA file is `verify-ca`, as in libpq.
    pub fn effective_mode(&self) -> SslMode {
        match (self.mode, &self.root_cert) {
            (SslMode::Require, Some(_)) => SslMode::VerifyCa,
            (m, _) => m,
        }
    }

    /// The connector for tokio-postgres: rustls with this setting's verification.
    pub fn connector(&self) -> Result<tokio_postgres_rustls::MakeRustlsConnect, TlsConfigError> {
        Ok(tokio_postgres_rustls::MakeRustlsConnect::new(
            self.client_config()?,
        ))
    }

    /// The rustls client configuration.
    pub fn client_config(&self) -> Result<ClientConfig, TlsConfigError> {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsConfigError(format!("TLS protocol versions: {e}")))?;
        let algorithms = provider.signature_verification_algorithms;
        let mode = self.effective_mode();
        let chain = match mode {
            SslMode::Disable | SslMode::Prefer | SslMode::Require => None,
            SslMode::VerifyCa | SslMode::VerifyFull => {
                let roots = roots(self.root_cert.as_ref())?;
                let built = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                    .build()
                    .map_err(|e| TlsConfigError(format!("TLS certificate verifier: {e}")))?;
                Some(built)
            }
        };
        let verifier = Arc::new(Verifier {
            chain,
            check_name: mode == SslMode::VerifyFull,
            algorithms,
        });
        Ok(builder
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth())
    }
}

/// `%2F` and friends in a URL's `sslrootcert` path.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The trusted CAs: the PEM file, or the system's store.
fn roots(source: Option<&RootCert>) -> Result<RootCertStore, TlsConfigError> {
    let mut store = RootCertStore::empty();
    match source {
        Some(RootCert::File(path)) => {
            let certs = read_pem(path)?;
            let (added, _) = store.add_parsable_certificates(certs);
            if added == 0 {
                return Err(TlsConfigError(format!(
                    "sslrootcert {}: no usable CA certificate in it",
                    path.display()
                )));
            }
        }
        Some(RootCert::System) | None => {
            let found = rustls_native_certs::load_native_certs();
            store.add_parsable_certificates(found.certs);
            if store.is_empty() {
                return Err(TlsConfigError(
                    "the system trust store has no CA certificates: give sslrootcert=PATH (a PEM file of the CA that signed the server's certificate)".into(),
                ));
            }
        }
    }
    Ok(store)
}

/// The certificates of a PEM file.
pub fn read_pem(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsConfigError> {
    let text = std::fs::read(path).map_err(|e| {
        TlsConfigError(format!(
            "sslrootcert {}: cannot read it ({e})",
            path.display()
        ))
    })?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&text)
        .collect::<Result<_, _>>()
        .map_err(|e| {
            TlsConfigError(format!(
                "sslrootcert {}: not a PEM file of certificates ({e})",
                path.display()
            ))
        })?;
    if certs.is_empty() {
        return Err(TlsConfigError(format!(
            "sslrootcert {}: holds no `-----BEGIN CERTIFICATE-----` block",
            path.display()
        )));
    }
    Ok(certs)
}

/// The server-certificate check for every `sslmode`: `chain` is `None` for `prefer`/`require`
/// (encrypted, any certificate; the handshake's signatures are still checked, so the key is
/// the certificate's), the webpki verifier for `verify-ca`/`verify-full`, which alone checks
/// the host name.
#[derive(Debug)]
struct Verifier {
    chain: Option<Arc<WebPkiServerVerifier>>,
    check_name: bool,
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.check_name => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// One sentence for a certificate problem found anywhere in `e`'s source chain, or `None`
/// when the failure is not about a certificate. `host` is the name connected to.
pub fn certificate_problem(e: &(dyn std::error::Error + 'static), host: &str) -> Option<String> {
    let mut cur = Some(e);
    while let Some(err) = cur {
        let found = err.downcast_ref::<rustls::Error>().or_else(|| {
            err.downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        });
        if let Some(r) = found {
            return Some(describe(r, host));
        }
        cur = err.source();
    }
    None
}

/// The sentence for one rustls error.
pub fn describe(e: &rustls::Error, host: &str) -> String {
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer | CertificateError::BadSignature => format!(
                "certificate problem: the server's certificate is not signed by a trusted CA (sslrootcert): give the CA that signed it, or sslmode=require to skip the check ({c:?})"
            ),
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                format!(
                    "certificate problem: the server's certificate is not issued for host `{host}` (sslmode=verify-full checks the name): connect by a name the certificate lists, or use sslmode=verify-ca"
                )
            }
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                "certificate problem: the server's certificate has expired".to_string()
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                "certificate problem: the server's certificate is not valid yet (check the clocks)"
                    .to_string()
            }
            CertificateError::Revoked => {
                "certificate problem: the server's certificate is revoked".to_string()
            }
            other => {
                format!("certificate problem: the server's certificate was refused ({other:?})")
            }
        },
        other => format!("TLS handshake failed: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libpq_parameters_are_taken_out_of_both_forms() {
        let (rest, tls) =
            PgTls::split("postgres://u@h:5432/db?sslmode=verify-full&application_name=x&sslrootcert=%2Ftmp%2Fca.pem")
                .unwrap();
        assert_eq!(rest, "postgres://u@h:5432/db?application_name=x");
        assert_eq!(tls.mode, SslMode::VerifyFull);
        assert_eq!(tls.root_cert, Some(RootCert::File("/tmp/ca.pem".into())));
        let (rest, tls) =
            PgTls::split("host=h dbname=d sslmode=require sslrootcert=system").unwrap();
        assert_eq!(rest, "host=h dbname=d");
        assert_eq!(tls.mode, SslMode::Require);
        assert_eq!(tls.effective_mode(), SslMode::VerifyCa);
        let (rest, tls) = PgTls::split("postgres://h/db").unwrap();
        assert_eq!((rest.as_str(), tls), ("postgres://h/db", PgTls::default()));
        let e = PgTls::split("postgres://h/db?sslmode=verify").unwrap_err();
        assert!(
            e.0.contains("disable, prefer, require, verify-ca or verify-full"),
            "{e}"
        );
    }

    #[test]
    fn a_ca_file_that_is_no_ca_file_is_named() {
        let dir = std::env::temp_dir().join(format!("db-tls-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("ca.pem");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let tls = PgTls {
            mode: SslMode::VerifyFull,
            root_cert: Some(RootCert::File(path.clone())),
        };
        let e = tls.client_config().unwrap_err();
        assert!(e.0.contains(&path.display().to_string()), "{e}");
        let missing = PgTls {
            mode: SslMode::VerifyCa,
            root_cert: Some(RootCert::File(dir.join("absent.pem"))),
        };
        assert!(
            missing
                .client_config()
                .unwrap_err()
                .0
                .contains("cannot read it")
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
