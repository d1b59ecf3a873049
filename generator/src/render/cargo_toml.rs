//! TOML text of the generated Cargo.toml files: quoting is the YAML writer's double-quoted
//! form (TOML basic strings take the same escapes: `\"`, `\\`, `\n`, `\t`, `\r`,
//! `\uXXXX`), so the IR quotes nothing and one function escapes for both.

use crate::ir::{GitRef, RuntimeDep};

/// `s` as a TOML basic string.
pub fn string(s: &str) -> String {
    crate::schema_yaml::scalar::double_quoted(s)
}

/// The inline table after `gen-runtime = ` (or `sql-check = `) in Cargo.toml, values escaped.
pub fn dependency(dep: &RuntimeDep) -> String {
    let kv = |k: &str, v: &str| format!("{k} = {}", string(v));
    let parts = match dep {
        RuntimeDep::Version { req, registry } => {
            let mut p = vec![kv("version", req)];
            p.extend(registry.iter().map(|r| kv("registry", r)));
            p
        }
        RuntimeDep::Path(path) => vec![kv("path", path)],
        RuntimeDep::Git { url, at } => vec![
            kv("git", url),
            match at {
                GitRef::Tag(t) => kv("tag", t),
                GitRef::Rev(r) => kv("rev", r),
            },
        ],
    };
    format!("{{ {} }}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_prints_as_cargo_reads_it() {
        let git = RuntimeDep::Git {
            url: "https://example.com/gen.git".into(),
            at: GitRef::Tag("gen-v0.1.0".into()),
        };
        assert_eq!(
            dependency(&git),
            r#"{ git = "https://example.com/gen.git", tag = "gen-v0.1.0" }"#
        );
        let rev = RuntimeDep::Git {
            url: "file:///tmp/x".into(),
            at: GitRef::Rev("abc123".into()),
        };
        assert_eq!(
            dependency(&rev),
            r#"{ git = "file:///tmp/x", rev = "abc123" }"#
        );
        let reg = RuntimeDep::Version {
            req: "0.1".into(),
            registry: Some("company".into()),
        };
        assert_eq!(
            dependency(&reg),
            r#"{ version = "0.1", registry = "company" }"#
        );
        assert_eq!(
            dependency(&RuntimeDep::Path("C:\\a \"b\"".into())),
            r#"{ path = "C:\\a \"b\"" }"#
        );
    }

    #[test]
    fn strings_are_escaped_as_toml_basic_strings() {
        assert_eq!(string("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
    }
}
