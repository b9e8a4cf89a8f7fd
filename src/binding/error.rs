//! The one way errors leave Rust: a JS `Error` named `BriefError` with a `diagnostics` array.

use crate::load::diagnostics::{Diagnostic, Diagnostics};
use std::fmt::Write;
use wasm_bindgen::JsValue;

/// Diagnostics spelled out in an error's message; all of them are in its `diagnostics` property.
const DIAGNOSTICS_IN_MESSAGE: usize = 10;

/// A `BriefError` for a brief with problems: its message lists the first of them, its `diagnostics`
/// property holds them all as plain objects.
pub(crate) fn brief_error(diagnostics: &Diagnostics) -> JsValue {
    error_with(&message(diagnostics), &diagnostics.0)
}

/// A `BriefError` about how the API was called (no brief to point into), so `diagnostics` is empty.
pub(crate) fn usage_error(message: &str) -> JsValue {
    error_with(message, &[])
}

fn error_with(message: &str, diagnostics: &[Diagnostic]) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("BriefError");
    // Plain JSON-like objects, so a page can log, clone or send them as they are.
    let list = super::convert::to_js(diagnostics).unwrap_or_else(|_| js_sys::Array::new().into());
    // Setting a property on a fresh Error cannot fail.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("diagnostics"), &list);
    error.into()
}

/// `N problem(s) in brief`, then one line per diagnostic: `line:column: path: message`, or `path: message`
/// where the reader's module has no line and column (0) to give. Cut after the first lines, as a message
/// holding thousands of problems is of no use in a console; a message may itself span lines.
fn message(diagnostics: &Diagnostics) -> String {
    let n = diagnostics.len();
    let mut full = format!("{n} problem{} in brief", if n == 1 { "" } else { "s" });
    for d in diagnostics.iter() {
        if d.line == 0 {
            let _ = write!(full, "\n{}: {}", d.path, d.message);
        } else {
            let _ = write!(full, "\n{}:{}: {}: {}", d.line, d.column, d.path, d.message);
        }
    }
    let lines: Vec<&str> = full.split('\n').collect();
    if lines.len() <= DIAGNOSTICS_IN_MESSAGE + 1 {
        return full;
    }
    let rest = lines.len() - (DIAGNOSTICS_IN_MESSAGE + 1);
    let mut message = lines[..=DIAGNOSTICS_IN_MESSAGE].join("\n");
    let _ = write!(message, "\n… and {rest} more (see error.diagnostics)");
    message
}
