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
    /// Worth the author's attention, but not a problem: a warning never makes loading or checking fail
    /// (a place outside the map, which is listed instead of drawn).
    Warning,
}

impl DiagnosticKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::Syntax => "syntax",
            DiagnosticKind::Schema => "schema",
            DiagnosticKind::Semantic => "semantic",
            DiagnosticKind::Limit => "limit",
            DiagnosticKind::Warning => "warning",
        }
    }

    /// Whether a problem of this kind makes the brief fail to load: everything but a warning.
    pub fn is_error(self) -> bool {
        match self {
            DiagnosticKind::Syntax | DiagnosticKind::Schema | DiagnosticKind::Semantic | DiagnosticKind::Limit => true,
            DiagnosticKind::Warning => false,
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
        let warning = if self.kind.is_error() { "" } else { "warning: " };
        write!(f, "{}:{}: {}: {warning}{}", self.line, self.column, self.path, self.message)
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
    /// Whether any of them is an error (not a warning): the brief does not load.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.kind.is_error())
    }
    /// The errors only, without the warnings.
    pub fn errors(self) -> Diagnostics {
        Diagnostics(self.0.into_iter().filter(|d| d.kind.is_error()).collect())
    }
    /// Orders the problems by line and column (document order), keeping the order they were found in
    /// where two are at the same place.
    #[cfg(feature = "author")]
    pub(crate) fn sort(&mut self) {
        sort_by_position(&mut self.0);
    }
}

/// Orders problems by line and column, keeping the order they were found in at the same place.
#[cfg(feature = "author")]
pub(crate) fn sort_by_position(list: &mut [Diagnostic]) {
    list.sort_by_key(|d| (d.line, d.column));
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let warnings = self.0.iter().filter(|d| !d.kind.is_error()).count();
        let n = self.0.len() - warnings;
        let plural = if n == 1 { "" } else { "s" };
        write!(f, "{n} problem{plural}")?;
        if warnings > 0 {
            let plural = if warnings == 1 { "" } else { "s" };
            write!(f, " and {warnings} warning{plural}")?;
        }
        f.write_str(" in brief")?;
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
            (DiagnosticKind::Warning, "warning"),
        ];
        for (kind, name) in kinds {
            assert_eq!(kind.as_str(), name);
            assert_eq!(kind.is_error(), kind != DiagnosticKind::Warning);
        }
    }

    #[test]
    fn warnings_are_counted_and_marked_apart() {
        use super::{Diagnostic, Diagnostics};
        let at =
            |kind, message: &str| Diagnostic { kind, path: "$.x".into(), line: 2, column: 3, message: message.into() };
        let all = Diagnostics(vec![at(DiagnosticKind::Semantic, "bad"), at(DiagnosticKind::Warning, "odd")]);
        assert!(all.has_errors());
        assert_eq!(all.to_string(), "1 problem and 1 warning in brief\n2:3: $.x: bad\n2:3: $.x: warning: odd");
        let errors = all.errors();
        assert_eq!(errors.to_string(), "1 problem in brief\n2:3: $.x: bad");
        assert!(!Diagnostics(vec![at(DiagnosticKind::Warning, "odd")]).has_errors());
    }
}
