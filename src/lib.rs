//! brief-insights: the key insights of a policy brief as cited, queryable data, rendered to escaped
//! HTML/SVG for an embeddable widget.
//!
//! The core (everything but `binding`) knows nothing of WebAssembly: it is tested natively and used by
//! the `brief-insights` CLI. `binding` is the only `#[wasm_bindgen]` surface and the one place where
//! errors become JS errors.

// Layers, each using only those before it: the brief format, loading and checking it, questions asked of
// it, rendering it; the Wasm binding and the CLI (src/bin) on top.
pub mod load;
pub mod model;
pub mod query;
pub mod render;
pub mod schema;
// The static-site builder of the `site` command: native only, never in a Wasm module.
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod site;

#[cfg(target_arch = "wasm32")]
mod binding;

pub use load::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
#[cfg(feature = "author")]
pub use load::EMBEDDED_BRIEF_JSON;
pub use load::MAX_BRIEF_BYTES;
pub use model::Brief;
pub use query::{Item, ItemKind, LoadedBrief};

/// Parses, checks and indexes a brief from JSON text: every problem at once, each with its path, line
/// and column.
#[cfg(feature = "author")]
pub fn load(text: &str) -> Result<LoadedBrief, Diagnostics> {
    LoadedBrief::load(text)
}

/// The Sejong brief compiled into the crate, checked and indexed.
#[cfg(feature = "author")]
pub fn load_embedded() -> Result<LoadedBrief, Diagnostics> {
    LoadedBrief::embedded()
}
