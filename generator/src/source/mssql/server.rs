//! Which server speaks TDS: Microsoft SQL Server or Babelfish for PostgreSQL. Detected once per
//! connection (the first catalog statement), kept in the description every message about the
//! connection uses, and consulted wherever the two catalogs answer differently.

use std::fmt;

/// The statement that tells the servers apart: `SERVERPROPERTY('BabelfishVersion')` is NULL
/// on SQL Server (an unknown property) and the Babelfish version (`4.2.0`) on Babelfish.
pub const SERVER_SQL: &str = "SELECT CAST(SERVERPROPERTY('BabelfishVersion') AS nvarchar(128)), \
     CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)), CAST(@@VERSION AS nvarchar(4000))";

/// The kind of TDS server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flavour {
    /// Microsoft SQL Server (or Azure SQL).
    #[default]
    SqlServer,
    /// Babelfish for PostgreSQL.
    Babelfish,
}

/// What the server said about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Server {
    /// SQL Server or Babelfish.
    pub flavour: Flavour,
    /// `4.2.0` for Babelfish, `ProductVersion` (`16.0.4135.4`) for SQL Server.
    pub version: String,
    /// The first line of `@@VERSION`.
    pub banner: String,
}

impl Server {
    /// From the cells of [`SERVER_SQL`]'s row.
    pub fn from_cells(
        babelfish: Option<String>,
        product: Option<String>,
        version: Option<String>,
    ) -> Server {
        let banner = version
            .as_deref()
            .and_then(|v| v.lines().next())
            .unwrap_or("")
            .trim()
            .to_owned();
        match babelfish.filter(|b| !b.trim().is_empty()) {
            Some(v) => Server {
                flavour: Flavour::Babelfish,
                version: v.trim().to_owned(),
                banner,
            },
            None => Server {
                flavour: Flavour::SqlServer,
                version: product.unwrap_or_default().trim().to_owned(),
                banner,
            },
        }
    }

    /// Whether this is Babelfish.
    pub fn is_babelfish(&self) -> bool {
        self.flavour == Flavour::Babelfish
    }
}

/// `Babelfish 4.2.0` or `SQL Server 16.0.4135.4`.
impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.flavour {
            Flavour::SqlServer => "SQL Server",
            Flavour::Babelfish => "Babelfish",
        };
        if self.version.is_empty() {
            f.write_str(name)
        } else {
            write!(f, "{name} {}", self.version)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_servers_apart() {
        let bbf = Server::from_cells(
            Some("4.2.0".into()),
            Some("13.0.0.0".into()),
            Some(
                "Babelfish for PostgreSQL with SQL Server Compatibility - 12.0.2000.8\nDec 1 2026"
                    .into(),
            ),
        );
        assert!(bbf.is_babelfish());
        assert_eq!(bbf.to_string(), "Babelfish 4.2.0");
        assert_eq!(
            bbf.banner,
            "Babelfish for PostgreSQL with SQL Server Compatibility - 12.0.2000.8"
        );
        let ms = Server::from_cells(
            None,
            Some("16.0.4135.4".into()),
            Some("Microsoft SQL Server 2022 (RTM-CU15) - 16.0.4135.4 (X64)".into()),
        );
        assert!(!ms.is_babelfish());
        assert_eq!(ms.to_string(), "SQL Server 16.0.4135.4");
    }
}
