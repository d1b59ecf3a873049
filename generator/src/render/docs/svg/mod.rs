//! `erd.svg`: the entity-relationship diagram drawn from the same graph as the Mermaid one,
//! by our own grid layout (pure Rust, no system package, byte-for-byte deterministic): a
//! labelled box per schema, a box per table with its key columns, a line per foreign key
//! with its cardinality at both ends and an arrowhead at the referenced table.

mod layout;

use std::fmt::Write as _;

use super::graph::Edge;
use super::header::SVG_HEADER;
use crate::ir::Database;
use layout::{LINE_H, Layout, Rect, SchemaBox};

/// Fill colours of the schema boxes, by schema position (cycled).
const PALETTE: &[&str] = &[
    "#eef4fb", "#fdf3e7", "#eef8ee", "#f6eefa", "#fbeeee", "#eef7f7",
];

/// The SVG document, header comment first.
pub fn diagram(db: &Database, edges: &[Edge<'_>]) -> String {
    let lay = layout::layout(db);
    let mut out = String::from(SVG_HEADER);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" font-family=\"monospace\" font-size=\"12\">",
        w = lay.width,
        h = lay.height
    );
    out.push_str(concat!(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">",
        "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n",
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
    ));
    for (i, s) in lay.schemas.iter().enumerate() {
        schema_frame(&mut out, s, PALETTE[i % PALETTE.len()]);
    }
    let lines = edge_lines(&lay, edges);
    for (e, (a, b)) in edges.iter().zip(&lines) {
        edge(&mut out, e, *a, *b);
    }
    for s in &lay.schemas {
        tables(&mut out, s);
    }
    for (e, (a, b)) in edges.iter().zip(&lines) {
        cardinalities(&mut out, e, *a, *b);
    }
    out.push_str("</svg>\n");
    out
}

type Point = (f64, f64);

/// The end points of every edge (child border, parent border); parallel keys between the
/// same two tables are spread apart so each stays visible.
fn edge_lines(lay: &Layout<'_>, edges: &[Edge<'_>]) -> Vec<(Point, Point)> {
    edges
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (Some(c), Some(p)) = (lay.rect_of(e.child), lay.rect_of(e.parent)) else {
                return ((0.0, 0.0), (0.0, 0.0));
            };
            let twins: Vec<usize> = (0..edges.len())
                .filter(|&j| pair_eq(&edges[j], e))
                .collect();
            let rank = twins.iter().position(|&j| j == i).unwrap_or(0) as f64;
            let offset = (rank - (twins.len() as f64 - 1.0) / 2.0) * 10.0;
            ends(c, p, offset)
        })
        .collect()
}

fn pair_eq(a: &Edge<'_>, b: &Edge<'_>) -> bool {
    use super::graph::same_table;
    same_table(a.child, b.child) && same_table(a.parent, b.parent)
}

/// Border points of a line between two boxes' centres, moved sideways by `offset`. A key
/// from a table to itself becomes a short loop on its right edge.
fn ends(c: Rect, p: Rect, offset: f64) -> (Point, Point) {
    if c == p {
        let y = c.y + c.h / 2.0 + offset;
        return ((c.x + c.w, y - 8.0), (c.x + c.w, y + 8.0));
    }
    let ((cx, cy), (px, py)) = (c.center(), p.center());
    let len = ((px - cx).powi(2) + (py - cy).powi(2)).sqrt().max(1.0);
    let (nx, ny) = (-(py - cy) / len * offset, (px - cx) / len * offset);
    let (cx, cy, px, py) = (cx + nx, cy + ny, px + nx, py + ny);
    let from = shifted(c, nx, ny).border_towards(px, py);
    let to = shifted(p, nx, ny).border_towards(cx, cy);
    (from, to)
}

fn shifted(r: Rect, dx: f64, dy: f64) -> Rect {
    Rect {
        x: r.x + dx,
        y: r.y + dy,
        ..r
    }
}

fn schema_frame(out: &mut String, s: &SchemaBox<'_>, fill: &str) {
    let r = s.rect;
    let _ = writeln!(
        out,
        "<g class=\"schema\" id=\"schema-{id}\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"8\" fill=\"{fill}\" stroke=\"#8899aa\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"16\" font-weight=\"bold\">schema {}</text></g>",
        r.x,
        r.y,
        r.w,
        r.h,
        r.x + 12.0,
        r.y + 20.0,
        xml(&s.schema.name),
        id = super::md::anchor(&[&s.schema.name]),
    );
}

fn tables(out: &mut String, s: &SchemaBox<'_>) {
    for t in &s.tables {
        let r = t.rect;
        let q = format!("{}.{}", s.schema.name, t.table.name);
        let _ = writeln!(
            out,
            "<g class=\"table\"><title>{}</title><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#ffffff\" stroke=\"#334455\"/><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#334455\"/><text x=\"{:.1}\" y=\"{:.1}\" fill=\"#ffffff\" font-weight=\"bold\">{}</text>",
            xml(&q),
            r.x,
            r.y,
            r.w,
            r.h,
            r.x,
            r.y,
            r.w,
            LINE_H + 6.0,
            r.x + 8.0,
            r.y + 15.0,
            xml(&t.table.name),
        );
        for (i, line) in t.lines.iter().enumerate() {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                r.x + 8.0,
                r.y + 15.0 + (i as f64 + 1.0) * LINE_H + 6.0,
                xml(line)
            );
        }
        out.push_str("</g>\n");
    }
}

fn edge(out: &mut String, e: &Edge<'_>, from: Point, to: Point) {
    let dash = if e.optional {
        " stroke-dasharray=\"5,3\""
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<g class=\"fk\"><title>{}: {}.{}({}) → {}.{}({})</title><line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#555\"{dash} marker-end=\"url(#arrow)\"/></g>",
        xml(&e.fk.name),
        xml(&e.child_schema.name),
        xml(&e.child.name),
        xml(&e.fk.columns.join(", ")),
        xml(&e.parent_schema.name),
        xml(&e.parent.name),
        xml(&e.fk.ref_columns.join(", ")),
        from.0,
        from.1,
        to.0,
        to.1,
    );
}

/// The cardinality labels, a little way along the line from each end.
fn cardinalities(out: &mut String, e: &Edge<'_>, from: Point, to: Point) {
    let len = ((to.0 - from.0).powi(2) + (to.1 - from.1).powi(2))
        .sqrt()
        .max(1.0);
    let step = 14.0_f64.min(len / 3.0);
    let (ux, uy) = ((to.0 - from.0) / len, (to.1 - from.1) / len);
    for (p, dir, label) in [(from, 1.0, e.child_card()), (to, -1.0, e.parent_card())] {
        let _ = writeln!(
            out,
            "<text class=\"card\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#a03030\" text-anchor=\"middle\">{label}</text>",
            p.0 + ux * step * dir - uy * 6.0,
            p.1 + uy * step * dir + ux * 6.0 + 3.0,
        );
    }
}

/// Text as XML character data or attribute value.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped() {
        assert_eq!(xml("a<b & \"c\"\u{0}"), "a&lt;b &amp; &quot;c&quot; ");
    }
}
