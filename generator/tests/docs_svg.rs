//! erd.svg: every table drawn inside its schema's box, one line per foreign key, everything
//! inside the picture, database text escaped, and the same bytes every time.

use std::path::Path;

use generator::ir::Database;
use generator::render;
use regex::Regex;

fn load(path: &Path) -> Database {
    match generator::pipeline::load_schema(path) {
        Ok(loaded) => loaded.db,
        Err(e) => panic!("{} does not load:\n{e}", path.display()),
    }
}

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn svg(db: &Database) -> String {
    let files = render::render(db, None).unwrap_or_else(|e| panic!("{e}"));
    files["erd.svg"].clone()
}

/// `(x, y, width, height)` of every `<rect>` with coordinates, in document order.
fn rects(svg: &str) -> Vec<(f64, f64, f64, f64)> {
    let re =
        Regex::new(r#"<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)""#)
            .unwrap();
    re.captures_iter(svg)
        .map(|c| {
            let n = |i: usize| c[i].parse::<f64>().unwrap();
            (n(1), n(2), n(3), n(4))
        })
        .collect()
}

#[test]
fn every_table_and_foreign_key_is_drawn() {
    let db = load(&manifest_dir().join("../schema.yaml"));
    let svg = svg(&db);
    assert!(svg.starts_with("<!-- @generated from schema.yaml by `gen`"));
    assert!(svg.lines().nth(1).is_some_and(|l| l.starts_with("<svg ")));
    assert!(svg.trim_end().ends_with("</svg>"));
    let mut tables = 0;
    for (_, t) in db.tables() {
        let title = format!("<g class=\"table\"><title>{}</title>", t.qualified());
        assert_eq!(
            svg.matches(&title).count(),
            1,
            "{} drawn once",
            t.qualified()
        );
        tables += 1;
    }
    assert_eq!(tables, 35);
    for s in &db.schemas {
        assert!(
            svg.contains(&format!(">schema {}</text>", s.name)),
            "{}",
            s.name
        );
    }
    let fks: usize = db.tables().map(|(_, t)| t.foreign_keys.len()).sum();
    assert_eq!(svg.matches("<g class=\"fk\">").count(), fks);
    assert_eq!(svg.matches("<text class=\"card\"").count(), 2 * fks);
    assert!(svg.contains("<title>FK_UserCompany_User_InvitedBy: dbo.UserCompany(InvitedBy) → dbo.User(UserID)</title>"));
}

#[test]
fn tables_sit_inside_their_schema_box_and_the_picture() {
    let db = load(&manifest_dir().join("../schema.yaml"));
    let svg = svg(&db);
    let size = Regex::new(r#"width="(\d+)" height="(\d+)" viewBox"#).unwrap();
    let c = size.captures(&svg).expect("a sized svg");
    let (w, h) = (c[1].parse::<f64>().unwrap(), c[2].parse::<f64>().unwrap());
    let frame_re = Regex::new(r">schema ([^<]+)</text>").unwrap();
    let title_re = Regex::new(r"<title>([^.<]+)\.").unwrap();
    let mut frames = std::collections::BTreeMap::new();
    let mut checked = 0;
    for group in svg.lines().filter(|l| l.starts_with("<g class=")) {
        let Some(r) = rects(group).first().copied() else {
            continue;
        };
        if let Some(c) = frame_re.captures(group) {
            frames.insert(c[1].to_owned(), r);
        } else if group.starts_with("<g class=\"table\"") {
            let schema = &title_re.captures(group).expect("a titled table")[1];
            let f = frames[schema];
            assert!(r.0 >= f.0 && r.1 >= f.1, "{group}");
            assert!(r.0 + r.2 <= f.0 + f.2 && r.1 + r.3 <= f.1 + f.3, "{group}");
            checked += 1;
        }
    }
    assert_eq!((frames.len(), checked), (db.schemas.len(), 35));
    for (x, y, rw, rh) in rects(&svg) {
        assert!(x >= 0.0 && y >= 0.0 && x + rw <= w && y + rh <= h);
    }
}

#[test]
fn table_boxes_do_not_overlap() {
    let db = load(&manifest_dir().join("../schema.yaml"));
    let svg = svg(&db);
    let boxes: Vec<_> = svg
        .lines()
        .filter(|l| l.starts_with("<g class=\"table\""))
        .filter_map(|l| rects(l).first().copied())
        .collect();
    assert_eq!(boxes.len(), 35);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart =
                a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1;
            assert!(apart, "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn hostile_names_are_escaped() {
    let db = load(&manifest_dir().join("tests/fixtures/hostile/schema.yaml"));
    let svg = svg(&db);
    let body = svg.split_once('\n').map(|(_, b)| b).unwrap_or_default();
    assert!(!body.contains("<!--"), "no comment injected");
    let tag = Regex::new(r"<(/?)([a-zA-Z]+)").unwrap();
    for c in tag.captures_iter(body) {
        assert!(
            [
                "svg", "defs", "marker", "path", "rect", "g", "title", "text", "line"
            ]
            .contains(&&c[2]),
            "unexpected tag {}",
            &c[2]
        );
    }
    for (_, t) in db.tables() {
        let escaped = t
            .name
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('"', "&quot;");
        assert!(svg.contains(&escaped), "{} drawn", t.name);
    }
}

#[test]
fn the_svg_is_deterministic() {
    let db = load(&manifest_dir().join("../schema.yaml"));
    assert_eq!(svg(&db), svg(&db));
}
