//! Embeds the default brief minified (the committed file stays readable). The file is checked here: a
//! broken one fails the build. (Map outlines travel inside briefs, in `map.outline`.)

use serde_json::Value;
use std::{env, fs, path::Path};

fn main() {
    embed_brief();
}

fn read_json(source: &str) -> Value {
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{source} is not JSON: {e}"))
}

fn write_out(name: &str, contents: String) {
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    fs::write(&dest, contents).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// The Sejong brief without the whitespace between values (members come out in name order).
fn embed_brief() {
    let brief = read_json("briefs/sejong-2025-30.json");
    write_out("embedded-brief.json", brief.to_string());
}
