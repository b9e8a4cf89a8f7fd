//! brief-insights: the key insights of a policy brief as cited, queryable data, rendered to escaped
//! HTML/SVG for an embeddable widget.
//!
//! The core (everything but `binding`) knows nothing of WebAssembly: it is tested natively and used by
//! the `brief-insights` CLI. `binding` is the only `#[wasm_bindgen]` surface and the one place where
//! errors become JS errors.

// The Wasm module's allocator unless a feature picks another (bench/allocator.md).
#[cfg(any(test, all(target_arch = "wasm32", not(feature = "wee_alloc"), not(feature = "dlmalloc"))))]
mod allocator;
pub mod date;
pub mod decode;
pub mod diagnostics;
pub mod json;
pub mod load;
pub mod model;
pub mod order;
pub mod query;
pub mod render;
pub mod schema;
pub mod search;
mod text;
pub mod validate;

#[cfg(target_arch = "wasm32")]
mod binding;

pub use diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
pub use load::{load, load_embedded, LoadedBrief, EMBEDDED_BRIEF_JSON, MAX_BRIEF_BYTES};
pub use model::Brief;
pub use query::{Item, ItemKind};
