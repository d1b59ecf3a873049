//! The top-level `gen:` pin and the `crate:` section (docs/schema-format.md, "The generated
//! crate").

use marked_yaml::Node;

use super::node::{self, Cx, Map};
use crate::ir::{CrateSpec, GitRef, RuntimeDep};

const CRATE_KEYS: &[&str] = &["name", "version", "description", "runtime"];
const RUNTIME_KEYS: &[&str] = &["version", "registry", "path", "git", "tag", "rev"];

/// This generator's version (`0.1.0`), which `gen:` pins.
pub fn own_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Whether a `gen:` value admits this generator: the exact version (`0.1.0`), or its
/// `major.minor` (`0.1`, any patch release).
pub fn admits(wanted: &str) -> bool {
    let mine = own_version();
    let minor: String = mine.splitn(3, '.').take(2).collect::<Vec<_>>().join(".");
    wanted == mine || wanted == minor
}

/// Reads `gen:`, reporting a version that does not admit this gen (before anything else is
/// compared, so that a different gen never reports a confusing diff).
pub fn gen_version(cx: &mut Cx, top: &Map) -> Option<String> {
    let node = top.req(cx, "gen")?;
    let wanted = node::text(cx, node, "gen")?;
    if !admits(&wanted) {
        let mine = own_version();
        cx.error(
            node.span(),
            format!("schema.yaml needs gen {wanted} but this is gen {mine}"),
            format!(
                "install the pinned gen (`cargo install --locked --git <gen repository> --tag gen-v{wanted} generator`, README \"In a service repository\"), or, to move to gen {mine}, set `gen: \"{mine}\"` and run `gen models`"
            ),
        );
    }
    Some(wanted)
}

/// Reads the `crate:` section.
pub fn crate_spec(cx: &mut Cx, node: &Node) -> Option<CrateSpec> {
    let map = Map::open(cx, node, "crate", CRATE_KEYS)?;
    let name = map.text(cx, "name");
    if let Some(n) = &name {
        let valid = !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && n.starts_with(|c: char| c.is_ascii_alphabetic());
        if let (false, Some(at)) = (valid, map.get("name")) {
            cx.error(
                at.span(),
                format!("crate.name `{n}` is not a valid package name"),
                "use ASCII letters, digits, `-` and `_`, starting with a letter (`shop-models`)",
            );
        }
    }
    let version = map.text(cx, "version");
    if let (Some(v), Some(at)) = (&version, map.get("version"))
        && !is_semver(v)
    {
        cx.error(
            at.span(),
            format!("crate.version `{v}` is not a version"),
            "write MAJOR.MINOR.PATCH, quoted (`\"1.4.0\"`)",
        );
    }
    let description = map.text(cx, "description");
    let runtime = map.get("runtime").and_then(|r| runtime(cx, r));
    Some(CrateSpec {
        name,
        version,
        description,
        runtime,
    })
}

fn is_semver(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// `runtime: { version: … [, registry: …] }`, `{ path: … }` or `{ git: …, tag|rev: … }`.
fn runtime(cx: &mut Cx, node: &Node) -> Option<RuntimeDep> {
    let map = Map::open(cx, node, "crate.runtime", RUNTIME_KEYS)?;
    let present: Vec<&str> = ["version", "path", "git"]
        .into_iter()
        .filter(|k| map.get(k).is_some())
        .collect();
    let help = "give exactly one of `version: \"=0.1.0\"` (with `registry:` for a private registry), `path: ../runtime`, or `git: URL` with `tag:` or `rev:`";
    if present.len() != 1 {
        cx.error(
            map.span(),
            format!(
                "crate.runtime: expected one source, found {}",
                if present.is_empty() {
                    "none".to_string()
                } else {
                    present.join(" and ")
                }
            ),
            help,
        );
        return None;
    }
    let stray = |cx: &mut Cx, keys: &[&str]| {
        for k in keys {
            if let Some(at) = map.get(k) {
                cx.error(
                    at.span(),
                    format!("crate.runtime: `{k}` does not go with `{}`", present[0]),
                    help,
                );
            }
        }
    };
    match present[0] {
        "version" => {
            stray(cx, &["tag", "rev"]);
            Some(RuntimeDep::Version {
                req: map.text(cx, "version")?,
                registry: map.text(cx, "registry"),
            })
        }
        "path" => {
            stray(cx, &["registry", "tag", "rev"]);
            Some(RuntimeDep::Path(map.text(cx, "path")?))
        }
        _ => {
            stray(cx, &["registry"]);
            let url = map.text(cx, "git")?;
            let at = match (map.text(cx, "tag"), map.text(cx, "rev")) {
                (Some(t), None) => GitRef::Tag(t),
                (None, Some(r)) => GitRef::Rev(r),
                _ => {
                    cx.error(
                        map.span(),
                        "crate.runtime: a git source needs exactly one of `tag:` or `rev:`".into(),
                        "pin the release: `tag: gen-v0.1.0`, or a commit: `rev: 1a2b3c4`",
                    );
                    return None;
                }
            };
            Some(RuntimeDep::Git { url, at })
        }
    }
}
