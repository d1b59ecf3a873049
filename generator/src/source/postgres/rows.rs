//! Reference rows: one statement per reference table (tables marked `enum` in the base
//! schema), ordered by primary key, read as text and typed by the column's canonical type.

use super::Counted;

use crate::ir::{DefaultExpr, Row, SqlType, Table, Value};
use gen_runtime::Dialect;

/// `SELECT "a"::text, "b"::text FROM "s"."t" ORDER BY "id"`.
fn select_sql(t: &Table) -> String {
    let pg = Dialect::Postgres;
    let cols: Vec<String> = t
        .columns
        .iter()
        .map(|c| format!("{}::text", pg.quote(&c.name)))
        .collect();
    let order: Vec<String> = match &t.primary_key {
        Some(pk) => pk.columns.iter().map(|c| pg.quote(c)).collect(),
        None => (1..=t.columns.len()).map(|i| i.to_string()).collect(),
    };
    format!(
        "SELECT {} FROM {} ORDER BY {}",
        cols.join(", "),
        pg.qualified(&t.schema, &t.name),
        order.join(", ")
    )
}

/// Reads the rows of `t` (a live table) into `t.rows`.
pub async fn read(client: &Counted<'_>, t: &mut Table) -> Result<(), tokio_postgres::Error> {
    if t.columns.is_empty() {
        return Ok(());
    }
    let rows = client.query(&select_sql(t)).await?;
    for r in rows {
        let mut values = Vec::new();
        for (i, c) in t.columns.iter().enumerate() {
            let text: Option<String> = r.try_get(i)?;
            let v = text.map_or(Value::Null, |s| typed(&c.sql_type, s));
            // Like schema.yaml, leave out what the column's default or NULL already says.
            let implied =
                v == Value::Null || matches!(&c.default, Some(DefaultExpr::Literal(d)) if *d == v);
            if !implied {
                values.push((c.name.clone(), v));
            }
        }
        t.rows.push(Row {
            values,
            ..Row::default()
        });
    }
    Ok(())
}

/// A value's text (`::text` output) as the IR value for a column of type `ty`.
pub fn typed(ty: &SqlType, text: String) -> Value {
    match ty {
        t if t.is_integer() => text.parse().map_or(Value::Text(text), Value::Int),
        SqlType::Bit => Value::Bool(text == "true"),
        SqlType::Decimal(..)
        | SqlType::Numeric(..)
        | SqlType::Money
        | SqlType::SmallMoney
        | SqlType::Float
        | SqlType::Real => Value::Decimal(text),
        SqlType::DateTime2(_) | SqlType::DateTime => Value::Text(text.replacen(' ', "T", 1)),
        _ => Value::Text(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_becomes_typed_values() {
        assert_eq!(typed(&SqlType::Int, "42".into()), Value::Int(42));
        assert_eq!(typed(&SqlType::Bit, "false".into()), Value::Bool(false));
        assert_eq!(
            typed(&SqlType::Decimal(10, 2), "12.50".into()),
            Value::Decimal("12.50".into())
        );
        assert_eq!(
            typed(&SqlType::DateTime2(7), "2026-01-02 03:04:05".into()),
            Value::Text("2026-01-02T03:04:05".into())
        );
    }
}
