//! A private PostgreSQL cluster with `ssl = on`, for TLS tests: started by the test on
//! 127.0.0.1 at a free port, with a CA and a server certificate (for `localhost`) made by the
//! test, accepting only TLS connections (`hostssl … trust`, `hostnossl … reject`), and stopped
//! by its guard. initdb refuses to run as root, so under root the cluster's directory belongs
//! to the `postgres` user and the server runs as that user; the binaries are found the way
//! `.ci/run` finds the server (`/usr/lib/postgresql/<newest version>/bin`).

use std::fs;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, SanType};

/// A running private cluster; dropping it stops the server and removes its directory.
pub struct TlsCluster {
    dir: PathBuf,
    bin: PathBuf,
    owner: Option<(u32, u32)>,
    port: u16,
}

/// Why a cluster could not be started.
#[derive(Debug, thiserror::Error)]
#[error("starting a private PostgreSQL cluster with TLS failed: {0}")]
pub struct ClusterError(pub String);

fn err(what: &str, e: impl std::fmt::Display) -> ClusterError {
    ClusterError(format!("{what}: {e}"))
}

impl TlsCluster {
    /// Makes the certificates, runs initdb and starts the server; waits until it accepts
    /// connections.
    pub fn start() -> Result<TlsCluster, ClusterError> {
        let bin = server_bin()?;
        let base = std::env::temp_dir().join(crate::naming::unique_name("tls"));
        let _ = fs::remove_dir_all(&base);
        fs::create_dir_all(&base).map_err(|e| err("creating its directory", e))?;
        let owner = owner()?;
        let mut cluster = TlsCluster {
            dir: base,
            bin,
            owner,
            port: 0,
        };
        cluster.write_certificates()?;
        cluster.chown_all()?;
        let data = cluster.dir.join("data");
        let out = cluster.run(
            "initdb",
            &[
                "-D",
                path_str(&data)?,
                "--auth=trust",
                "--username=postgres",
                "--no-sync",
                "--encoding=UTF8",
            ],
        )?;
        check(&out, "initdb")?;
        fs::write(
            data.join("pg_hba.conf"),
            "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n",
        )
        .map_err(|e| err("writing pg_hba.conf", e))?;
        cluster.port = free_port()?;
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c ssl=on -c ssl_cert_file={} -c ssl_key_file={} -c fsync=off -c max_connections=20",
            cluster.port,
            path_str(&cluster.dir)?,
            path_str(&cluster.dir.join("server.crt"))?,
            path_str(&cluster.dir.join("server.key"))?,
        );
        let log = cluster.dir.join("server.log");
        let out = cluster.run(
            "pg_ctl",
            &[
                "-D",
                path_str(&data)?,
                "-l",
                path_str(&log)?,
                "-w",
                "-t",
                "60",
                "-o",
                &options,
                "start",
            ],
        )?;
        if !out.status.success() {
            let text = fs::read_to_string(&log).unwrap_or_default();
            return Err(ClusterError(format!(
                "pg_ctl start: {}\n{text}",
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        Ok(cluster)
    }

    /// The port the server listens on (127.0.0.1 only).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The CA that signed the server's certificate (PEM).
    pub fn ca(&self) -> PathBuf {
        self.dir.join("ca.crt")
    }

    /// Another CA, which signed nothing the server has (PEM).
    pub fn other_ca(&self) -> PathBuf {
        self.dir.join("other-ca.crt")
    }

    /// `postgres://postgres@HOST:PORT/postgres?QUERY`.
    pub fn url(&self, host: &str, query: &str) -> String {
        let q = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        format!("postgres://postgres@{host}:{}/postgres{q}", self.port)
    }

    /// A CA and a server certificate for DNS name `localhost` signed by it, and a second CA.
    fn write_certificates(&self) -> Result<(), ClusterError> {
        let ca_key = KeyPair::generate().map_err(|e| err("CA key", e))?;
        let mut ca = CertificateParams::new(Vec::<String>::new()).map_err(|e| err("CA", e))?;
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "gen test CA");
        let ca_cert = ca
            .self_signed(&ca_key)
            .map_err(|e| err("CA certificate", e))?;
        let issuer = Issuer::new(ca, ca_key);
        let server_key = KeyPair::generate().map_err(|e| err("server key", e))?;
        let mut server =
            CertificateParams::new(vec!["localhost".to_string()]).map_err(|e| err("server", e))?;
        server.subject_alt_names = vec![SanType::DnsName(
            "localhost".try_into().map_err(|e| err("server name", e))?,
        )];
        server
            .distinguished_name
            .push(DnType::CommonName, "localhost");
        let server_cert = server
            .signed_by(&server_key, &issuer)
            .map_err(|e| err("server certificate", e))?;
        let other_key = KeyPair::generate().map_err(|e| err("other CA key", e))?;
        let mut other = CertificateParams::new(Vec::<String>::new()).map_err(|e| err("CA", e))?;
        other.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        other
            .distinguished_name
            .push(DnType::CommonName, "some other CA");
        let other_cert = other
            .self_signed(&other_key)
            .map_err(|e| err("other CA certificate", e))?;
        let write = |name: &str, text: String, mode: u32| -> Result<(), ClusterError> {
            let path = self.dir.join(name);
            fs::write(&path, text).map_err(|e| err(name, e))?;
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).map_err(|e| err(name, e))
        };
        write("ca.crt", ca_cert.pem(), 0o644)?;
        write("other-ca.crt", other_cert.pem(), 0o644)?;
        write("server.crt", server_cert.pem(), 0o644)?;
        write("server.key", server_key.serialize_pem(), 0o600)
    }

    /// Hands the directory to the `postgres` user when running as root.
    fn chown_all(&self) -> Result<(), ClusterError> {
        let Some((uid, gid)) = self.owner else {
            return Ok(());
        };
        let mut stack = vec![self.dir.clone()];
        while let Some(p) = stack.pop() {
            std::os::unix::fs::chown(&p, Some(uid), Some(gid)).map_err(|e| err("chown", e))?;
            if p.is_dir() {
                for entry in fs::read_dir(&p).map_err(|e| err("read_dir", e))? {
                    stack.push(entry.map_err(|e| err("read_dir", e))?.path());
                }
            }
        }
        Ok(())
    }

    /// Runs a server binary, as `postgres` when we are root.
    fn run(&self, program: &str, args: &[&str]) -> Result<Output, ClusterError> {
        let mut cmd = Command::new(self.bin.join(program));
        cmd.args(args).current_dir(&self.dir).env("LC_ALL", "C");
        if let Some((uid, gid)) = self.owner {
            cmd.uid(uid).gid(gid);
        }
        cmd.output().map_err(|e| err(program, e))
    }
}

impl Drop for TlsCluster {
    fn drop(&mut self) {
        if self.port != 0 {
            let data = self.dir.join("data");
            if let Some(d) = data.to_str() {
                let _ = self.run("pg_ctl", &["-D", d, "-m", "immediate", "-w", "stop"]);
            }
        }
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn path_str(p: &Path) -> Result<&str, ClusterError> {
    p.to_str()
        .ok_or_else(|| ClusterError(format!("{} is not UTF-8", p.display())))
}

fn check(out: &Output, what: &str) -> Result<(), ClusterError> {
    if out.status.success() {
        return Ok(());
    }
    Err(ClusterError(format!(
        "{what}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )))
}

/// `/usr/lib/postgresql/<newest>/bin`, as `.ci/run` picks the newest installed cluster.
fn server_bin() -> Result<PathBuf, ClusterError> {
    let root = Path::new("/usr/lib/postgresql");
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir(root)
        .map_err(|e| {
            err(
                "looking for /usr/lib/postgresql/*/bin (is PostgreSQL installed?)",
                e,
            )
        })?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let v = e.file_name().to_str()?.split('.').next()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    versions.sort();
    versions
        .pop()
        .map(|(_, b)| b)
        .ok_or_else(|| ClusterError("no /usr/lib/postgresql/*/bin/initdb".into()))
}

/// `Some((uid, gid))` of `postgres` when running as root (initdb refuses root), else `None`.
fn owner() -> Result<Option<(u32, u32)>, ClusterError> {
    let me = Command::new("id")
        .arg("-u")
        .output()
        .map_err(|e| err("id -u", e))?;
    if String::from_utf8_lossy(&me.stdout).trim() != "0" {
        return Ok(None);
    }
    let id = |flag: &str| -> Result<u32, ClusterError> {
        let out = Command::new("id")
            .args([flag, "postgres"])
            .output()
            .map_err(|e| err("id postgres", e))?;
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .map_err(|_| {
                ClusterError("running as root and there is no `postgres` user for initdb".into())
            })
    };
    Ok(Some((id("-u")?, id("-g")?)))
}

fn free_port() -> Result<u16, ClusterError> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| err("finding a free port", e))?;
    l.local_addr()
        .map(|a| a.port())
        .map_err(|e| err("finding a free port", e))
}
