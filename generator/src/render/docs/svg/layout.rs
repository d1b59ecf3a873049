//! A deterministic grid layout: tables in a near-square grid inside a labelled box per
//! schema, schema boxes flowing left to right and wrapping at a fixed width. Sizes come from
//! character counts (a monospace font), so the same IR always gives the same coordinates.

use crate::ir::{Database, DbSchema, Table};

/// Width of one character of the 12px monospace font, in pixels.
pub const CHAR_W: f64 = 7.2;
/// Height of one text line.
pub const LINE_H: f64 = 16.0;
/// Padding inside a table box.
const PAD: f64 = 8.0;
/// Space between table boxes.
const GAP: f64 = 36.0;
/// Padding inside a schema box, and the height of its label.
const SCHEMA_PAD: f64 = 20.0;
const SCHEMA_LABEL: f64 = 26.0;
/// Schema boxes wrap to a new row past this width.
const MAX_ROW_W: f64 = 2000.0;
/// Space between schema boxes.
const SCHEMA_GAP: f64 = 40.0;

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// The centre point.
    pub fn center(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Where the ray from the centre towards `(tx, ty)` leaves the rectangle.
    pub fn border_towards(&self, tx: f64, ty: f64) -> (f64, f64) {
        let (cx, cy) = self.center();
        let (dx, dy) = (tx - cx, ty - cy);
        if dx == 0.0 && dy == 0.0 {
            return (cx, cy);
        }
        let sx = if dx == 0.0 {
            f64::INFINITY
        } else {
            (self.w / 2.0) / dx.abs()
        };
        let sy = if dy == 0.0 {
            f64::INFINITY
        } else {
            (self.h / 2.0) / dy.abs()
        };
        let s = sx.min(sy);
        (cx + dx * s, cy + dy * s)
    }
}

/// One table's box and the lines it shows (title first, then key columns).
#[derive(Debug, Clone)]
pub struct TableBox<'a> {
    /// The table.
    pub table: &'a Table,
    /// Where it is drawn.
    pub rect: Rect,
    /// `PK UserID`, `FK StatusID`: the key columns, as drawn under the title.
    pub lines: Vec<String>,
}

/// One schema's box and its tables.
#[derive(Debug, Clone)]
pub struct SchemaBox<'a> {
    /// The schema.
    pub schema: &'a DbSchema,
    /// Where it is drawn.
    pub rect: Rect,
    /// Its tables, in source order.
    pub tables: Vec<TableBox<'a>>,
}

/// The whole picture.
#[derive(Debug, Clone)]
pub struct Layout<'a> {
    /// Schema boxes in source order.
    pub schemas: Vec<SchemaBox<'a>>,
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
}

impl<'a> Layout<'a> {
    /// The box of `table`, if drawn.
    pub fn rect_of(&self, table: &Table) -> Option<Rect> {
        self.schemas
            .iter()
            .flat_map(|s| &s.tables)
            .find(|b| super::super::graph::same_table(b.table, table))
            .map(|b| b.rect)
    }
}

/// Lays out every schema of `db`.
pub fn layout(db: &Database) -> Layout<'_> {
    let mut schemas: Vec<SchemaBox<'_>> = db.schemas.iter().map(schema_box).collect();
    let (mut x, mut y, mut row_h, mut width) = (SCHEMA_GAP, SCHEMA_GAP, 0.0_f64, 0.0_f64);
    for s in &mut schemas {
        if x > SCHEMA_GAP && x + s.rect.w > MAX_ROW_W {
            x = SCHEMA_GAP;
            y += row_h + SCHEMA_GAP;
            row_h = 0.0;
        }
        shift(s, x, y);
        x += s.rect.w + SCHEMA_GAP;
        row_h = row_h.max(s.rect.h);
        width = width.max(x);
    }
    Layout {
        schemas,
        width: width.max(2.0 * SCHEMA_GAP),
        height: y + row_h + SCHEMA_GAP,
    }
}

/// A schema's box at the origin: tables in `ceil(sqrt(n))` columns, row-major.
fn schema_box(schema: &DbSchema) -> SchemaBox<'_> {
    let mut tables: Vec<TableBox<'_>> = schema.tables.iter().map(table_box).collect();
    let cols = (tables.len() as f64).sqrt().ceil().max(1.0) as usize;
    let cell_w = tables.iter().map(|t| t.rect.w).fold(0.0, f64::max);
    let mut y = SCHEMA_LABEL + SCHEMA_PAD;
    for row in tables.chunks_mut(cols) {
        let row_h = row.iter().map(|t| t.rect.h).fold(0.0, f64::max);
        for (i, t) in row.iter_mut().enumerate() {
            t.rect.x = SCHEMA_PAD + i as f64 * (cell_w + GAP);
            t.rect.y = y;
        }
        y += row_h + GAP;
    }
    let used_cols = cols.min(tables.len()).max(1) as f64;
    let inner_w = used_cols * cell_w + (used_cols - 1.0) * GAP;
    let label_w = (schema.name.chars().count() as f64 + 10.0) * CHAR_W;
    SchemaBox {
        schema,
        rect: Rect {
            x: 0.0,
            y: 0.0,
            w: (inner_w + 2.0 * SCHEMA_PAD).max(label_w),
            h: y - GAP + SCHEMA_PAD,
        },
        tables,
    }
}

fn table_box(table: &Table) -> TableBox<'_> {
    let pk: &[String] = table.primary_key.as_ref().map_or(&[], |p| &p.columns);
    let has = |cols: &[String], name: &str| cols.iter().any(|k| k.eq_ignore_ascii_case(name));
    let lines: Vec<String> = table
        .columns
        .iter()
        .filter_map(|c| {
            let fk = table.foreign_keys.iter().any(|f| has(&f.columns, &c.name));
            match (has(pk, &c.name), fk) {
                (true, true) => Some(format!("PK FK {}", c.name)),
                (true, false) => Some(format!("PK {}", c.name)),
                (false, true) => Some(format!("FK {}", c.name)),
                (false, false) => None,
            }
        })
        .collect();
    let widest = lines
        .iter()
        .map(|l| l.chars().count())
        .chain([table.name.chars().count() + 2])
        .max()
        .unwrap_or(0);
    TableBox {
        table,
        rect: Rect {
            x: 0.0,
            y: 0.0,
            w: (widest as f64 * CHAR_W + 2.0 * PAD).max(120.0),
            h: (lines.len() as f64 + 1.0) * LINE_H + 2.0 * PAD,
        },
        lines,
    }
}

fn shift(s: &mut SchemaBox<'_>, dx: f64, dy: f64) {
    s.rect.x += dx;
    s.rect.y += dy;
    for t in &mut s.tables {
        t.rect.x += dx;
        t.rect.y += dy;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borders_are_on_the_rectangle() {
        let r = Rect {
            x: 0.0,
            y: 0.0,
            w: 100.0,
            h: 50.0,
        };
        assert_eq!(r.border_towards(200.0, 25.0), (100.0, 25.0));
        assert_eq!(r.border_towards(50.0, -100.0), (50.0, 0.0));
        assert_eq!(r.border_towards(50.0, 25.0), (50.0, 25.0));
    }
}
