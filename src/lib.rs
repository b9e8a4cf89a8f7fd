//! brief-insights: the key insights of a policy brief as cited, queryable data, rendered to escaped
//! HTML/SVG for an embeddable widget.
//!
//! The core (everything but `binding`) knows nothing of WebAssembly: it is tested natively and used by
//! the `brief-insights` CLI. `binding` is the only `#[wasm_bindgen]` surface and the one place where
//! errors become JS errors.

// The Wasm module's allocator unless a feature picks another (bench/allocator.md).
#[cfg(any(test, all(target_arch = "wasm32", not(feature = "wee_alloc"), not(feature = "dlmalloc"))))]
mod allocator;
// Layers, each using only those before it: the brief format, loading and checking it, questions asked of
// it, rendering it; the Wasm binding and the CLI (src/bin) on top.
pub mod load;
pub mod model;
pub mod query;
pub mod render;
pub mod schema;

#[cfg(target_arch = "wasm32")]
mod binding;

// Transitional helpers, being replaced by std and serde.
#[cfg(any(test, target_arch = "wasm32"))]
mod json_text;

pub use load::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
pub use load::{EMBEDDED_BRIEF_JSON, MAX_BRIEF_BYTES};
pub use model::Brief;
pub use query::{Item, ItemKind, LoadedBrief};

/// Parses, checks and indexes a brief from JSON text: every problem at once, each with its path, line
/// and column.
pub fn load(text: &str) -> Result<LoadedBrief, Diagnostics> {
    LoadedBrief::load(text)
}

/// The Sejong brief compiled into the crate, checked and indexed.
pub fn load_embedded() -> Result<LoadedBrief, Diagnostics> {
    LoadedBrief::embedded()
}
