//! The generated crate's own package settings (schema.yaml's `crate:` section): what its
//! Cargo.toml says, so that a service repository can depend on it from anywhere.

/// The `crate:` section. Every field is optional; [`CrateSpec::resolved`] fills the defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CrateSpec {
    /// Package name (default `models`).
    pub name: Option<String>,
    /// Package version (default `0.1.0`).
    pub version: Option<String>,
    /// Package description (default: "`<database>` models: …").
    pub description: Option<String>,
    /// How the crate finds gen-runtime (default: the version of the `gen` that wrote it).
    pub runtime: Option<RuntimeDep>,
}

/// Where the generated crate takes gen-runtime from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeDep {
    /// A version requirement on a registry (crates.io, or a named private registry).
    Version {
        /// The requirement (`=0.1.0`).
        req: String,
        /// A registry named in the service's `.cargo/config.toml`; `None` is crates.io.
        registry: Option<String>,
    },
    /// A path, relative to the generated crate's directory (`../runtime`).
    Path(String),
    /// A git repository at a tag or a revision.
    Git {
        /// The repository URL.
        url: String,
        /// The tag or revision.
        at: GitRef,
    },
}

/// A fixed point in a git repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitRef {
    /// A tag (`gen-v0.1.0`).
    Tag(String),
    /// A commit (`rev = "…"`).
    Rev(String),
}

/// The package settings with every default filled in, as the Cargo.toml template prints them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedCrate {
    /// Package name.
    pub name: String,
    /// Package version.
    pub version: String,
    /// Package description.
    pub description: String,
    /// gen-runtime's dependency entry.
    pub runtime: RuntimeDep,
}

/// The description a crate gets when schema.yaml gives none.
pub fn default_description(database: &str) -> String {
    format!(
        "{database} models: one struct per table, one enum per reference table, column-name constants, table metadata, row decoding, SQL and relationships."
    )
}

impl CrateSpec {
    /// The settings with defaults: name `models`, version `0.1.0`, the description built from
    /// the database's name, and gen-runtime at exactly `gen_version` (the `gen` that writes
    /// the crate: generated code expands gen-runtime's macros, whose insides may change
    /// between releases).
    pub fn resolved(&self, database: &str, gen_version: &str) -> ResolvedCrate {
        ResolvedCrate {
            name: self.name.clone().unwrap_or_else(|| "models".into()),
            version: self.version.clone().unwrap_or_else(|| "0.1.0".into()),
            description: self
                .description
                .clone()
                .unwrap_or_else(|| default_description(database)),
            runtime: self.runtime.clone().unwrap_or(RuntimeDep::Version {
                req: format!("={gen_version}"),
                registry: None,
            }),
        }
    }
}

impl RuntimeDep {
    /// Where the SQL checker (`sql-check`, which the generated `macros/` crate uses) comes
    /// from: the same registry version or git tag/rev as gen-runtime, and for a path, the
    /// `sql-check` directory beside gen-runtime's (both are crates of gen's repository).
    pub fn sql_check(&self) -> RuntimeDep {
        match self {
            RuntimeDep::Path(p) => {
                let parent = match p.trim_end_matches('/').rsplit_once('/') {
                    Some((parent, _)) => format!("{parent}/"),
                    None => String::new(),
                };
                RuntimeDep::Path(format!("{parent}sql-check"))
            }
            other => other.clone(),
        }
    }

    /// The same source seen from a crate one directory deeper (`macros/`): a relative path
    /// gains `../`.
    pub fn one_level_down(&self) -> RuntimeDep {
        match self {
            RuntimeDep::Path(p) if !std::path::Path::new(p).is_absolute() => {
                RuntimeDep::Path(format!("../{p}"))
            }
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_pin_the_runtime_to_the_writing_gen() {
        let r = CrateSpec::default().resolved("Shop", "0.3.1");
        assert_eq!(r.name, "models");
        assert_eq!(r.version, "0.1.0");
        assert!(
            r.description.starts_with("Shop models: "),
            "{}",
            r.description
        );
        assert_eq!(
            r.runtime,
            RuntimeDep::Version {
                req: "=0.3.1".into(),
                registry: None
            }
        );
    }

    #[test]
    fn the_sql_checker_comes_from_where_the_runtime_does() {
        let here = RuntimeDep::Path("../runtime".into());
        assert_eq!(
            here.sql_check().one_level_down(),
            RuntimeDep::Path("../../sql-check".into())
        );
        let abs = RuntimeDep::Path("/src/gen/runtime".into());
        assert_eq!(
            abs.sql_check().one_level_down(),
            RuntimeDep::Path("/src/gen/sql-check".into())
        );
        let git = RuntimeDep::Git {
            url: "u".into(),
            at: GitRef::Tag("t".into()),
        };
        assert_eq!(git.sql_check(), git);
    }
}
