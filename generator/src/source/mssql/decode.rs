//! Decoding catalog rows through a small trait, so tests can feed fixture rows (JSON arrays)
//! through exactly the code that decodes tiberius rows.

/// A catalog row whose cells are read by position. Every catalog query casts its columns to
/// `bigint`, `bit` or `nvarchar`, so these three readers are all a row needs.
pub trait CatalogRow {
    /// A text cell (`nvarchar`/`sysname`); `None` for NULL.
    fn text(&self, i: usize) -> Result<Option<String>, String>;
    /// An integer cell (`bigint`); `None` for NULL.
    fn int(&self, i: usize) -> Result<Option<i64>, String>;
    /// A `bit` cell; `None` for NULL.
    fn flag(&self, i: usize) -> Result<Option<bool>, String>;
}

/// A cell that cannot be read as the query promises.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("catalog query `{query}`, row {row}, column {column}: {problem}")]
pub struct DecodeError {
    /// Which query (`columns`).
    pub query: &'static str,
    /// 0-based row number.
    pub row: usize,
    /// 0-based column number.
    pub column: usize,
    /// What was wrong.
    pub problem: String,
}

/// Reads the cells of one row in order, naming the query, row and column on failure.
pub struct Cells<'a> {
    row: &'a dyn CatalogRow,
    query: &'static str,
    index: usize,
    next: usize,
}

impl<'a> Cells<'a> {
    /// Starts reading row `index` of `query`.
    pub fn new(row: &'a dyn CatalogRow, query: &'static str, index: usize) -> Self {
        Cells {
            row,
            query,
            index,
            next: 0,
        }
    }

    fn err(&self, column: usize, problem: impl Into<String>) -> DecodeError {
        DecodeError {
            query: self.query,
            row: self.index,
            column,
            problem: problem.into(),
        }
    }

    fn take<T>(
        &mut self,
        read: impl Fn(&dyn CatalogRow, usize) -> Result<Option<T>, String>,
    ) -> Result<Option<T>, DecodeError> {
        let i = self.next;
        self.next += 1;
        read(self.row, i).map_err(|p| self.err(i, p))
    }

    fn required<T>(&self, v: Option<T>) -> Result<T, DecodeError> {
        v.ok_or_else(|| self.err(self.next - 1, "unexpected NULL"))
    }

    /// Next cell as text that may be NULL.
    pub fn opt_text(&mut self) -> Result<Option<String>, DecodeError> {
        self.take(|r, i| r.text(i))
    }

    /// Next cell as text.
    pub fn text(&mut self) -> Result<String, DecodeError> {
        let v = self.opt_text()?;
        self.required(v)
    }

    /// Next cell as an integer that may be NULL.
    pub fn opt_int(&mut self) -> Result<Option<i64>, DecodeError> {
        self.take(|r, i| r.int(i))
    }

    /// Next cell as an integer.
    pub fn int(&mut self) -> Result<i64, DecodeError> {
        let v = self.opt_int()?;
        self.required(v)
    }

    /// Next cell as an integer that must fit `T` (`u8` precision, `i32` lengths).
    pub fn small<T: TryFrom<i64>>(&mut self) -> Result<T, DecodeError> {
        let v = self.int()?;
        T::try_from(v).map_err(|_| self.err(self.next - 1, format!("{v} is out of range")))
    }

    /// Next cell as a flag; NULL reads as false (outer joins).
    pub fn flag(&mut self) -> Result<bool, DecodeError> {
        Ok(self.take(|r, i| r.flag(i))?.unwrap_or(false))
    }
}

/// Fixture rows: a JSON array per row (strings, integers, booleans, null).
impl CatalogRow for Vec<serde_json::Value> {
    fn text(&self, i: usize) -> Result<Option<String>, String> {
        match self.get(i) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(v) => Err(format!("expected text, found {v}")),
        }
    }

    fn int(&self, i: usize) -> Result<Option<i64>, String> {
        match self.get(i) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| format!("{n} is not an integer")),
            Some(v) => Err(format!("expected an integer, found {v}")),
        }
    }

    fn flag(&self, i: usize) -> Result<Option<bool>, String> {
        match self.get(i) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::Bool(b)) => Ok(Some(*b)),
            Some(serde_json::Value::Number(n)) => Ok(Some(n.as_i64() != Some(0))),
            Some(v) => Err(format!("expected a bit, found {v}")),
        }
    }
}

/// Live rows from tiberius. Only the three cast types are read, never `sql_variant` (on which
/// tiberius panics; the queries cast those columns).
impl CatalogRow for tiberius::Row {
    fn text(&self, i: usize) -> Result<Option<String>, String> {
        self.try_get::<&str, usize>(i)
            .map(|v| v.map(str::to_owned))
            .map_err(|e| e.to_string())
    }

    fn int(&self, i: usize) -> Result<Option<i64>, String> {
        self.try_get::<i64, usize>(i).map_err(|e| e.to_string())
    }

    fn flag(&self, i: usize) -> Result<Option<bool>, String> {
        self.try_get::<bool, usize>(i).map_err(|e| e.to_string())
    }
}
