//! Problems found in a brief file, each saying where: a JSON path and a line and column.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DiagnosticKind {
    /// The text is not JSON.
    Syntax,
    /// JSON, but not shaped like a brief (missing field, wrong type, unknown field).
    Schema,
    /// Shaped like a brief, but inconsistent (duplicate ids, dangling references, impossible dates...).
    Semantic,
    /// Over a size or depth limit.
    Limit,
}

impl DiagnosticKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::Syntax => "syntax",
            DiagnosticKind::Schema => "schema",
            DiagnosticKind::Semantic => "semantic",
            DiagnosticKind::Limit => "limit",
        }
    }
}

/// One problem. `line` and `column` are 1-based; the column counts characters, not bytes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    /// JSONPath-like location, e.g. `$.projects[2].evidence[0].paragraph`; `$` for the whole document.
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

impl Diagnostic {
    /// A problem with the document as a whole (its size, its type): at `$`, line 1, column 1.
    pub fn whole_input(kind: DiagnosticKind, message: String) -> Diagnostic {
        Diagnostic { kind, path: "$".into(), line: 1, column: 1, message }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}", self.line, self.column, self.path, self.message)
    }
}

/// Every problem found, in document order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }
    /// Orders the problems by line and column (document order), keeping the order they were found in
    /// where two are at the same place.
    #[cfg(feature = "author")]
    pub(crate) fn sort(&mut self) {
        sort_by_position(&mut self.0);
    }
}

/// Orders problems by line and column, keeping the order they were found in at the same place.
pub(crate) fn sort_by_position(list: &mut [Diagnostic]) {
    list.sort_by_key(|d| (d.line, d.column));
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        let plural = if n == 1 { "" } else { "s" };
        write!(f, "{n} problem{plural} in brief")?;
        for d in &self.0 {
            write!(f, "\n{}", d)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::DiagnosticKind;

    #[test]
    fn kind_names_follow_the_variants() {
        let kinds = [
            (DiagnosticKind::Syntax, "syntax"),
            (DiagnosticKind::Schema, "schema"),
            (DiagnosticKind::Semantic, "semantic"),
            (DiagnosticKind::Limit, "limit"),
        ];
        for (kind, name) in kinds {
            assert_eq!(kind.as_str(), name);
        }
    }
}
