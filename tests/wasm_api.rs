//! The released modules (pkg/ for readers, pkg/author/ for authors, built by tools/build-wasm.sh) as a
//! page uses them, inside headless Chromium: `bash tools/test.sh`, or after a build
//! `wasm-pack test --headless --chrome --mode no-install -- --test wasm_api`.
//!
//! The test embeds each module's glue and optimised .wasm, imports the glue as an ES module and calls the
//! `Brief` class through JavaScript, so argument conversion, `BriefError`s and `free()` run in a real
//! browser engine on the very bytes that ship. (The library's own exports are not reachable from a test binary:
//! the linker drops them.) tests/node/ covers the same API more thoroughly, in Node.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const READER_GLUE_JS: &str = include_str!("../pkg/brief_insights.js");
const READER_WASM: &[u8] = include_bytes!("../pkg/brief_insights_bg.wasm");
const AUTHOR_GLUE_JS: &str = include_str!("../pkg/author/brief_insights.js");
const AUTHOR_WASM: &[u8] = include_bytes!("../pkg/author/brief_insights_bg.wasm");

#[wasm_bindgen(inline_js = "
    const loaded = {};
    export function loadPackage(name, glue, wasm) {
        loaded[name] ??= import(URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }))).then((api) => {
            api.initSync({ module: wasm });
            globalThis.__briefInsights ??= {};
            globalThis.__briefInsights[name] = api;
            return api;
        });
        return loaded[name];
    }
    export function api(name) { return globalThis.__briefInsights[name]; }
")]
extern "C" {
    #[wasm_bindgen(js_name = loadPackage)]
    fn load_package(name: &str, glue: &str, wasm: &[u8]) -> js_sys::Promise;
    #[wasm_bindgen(js_name = api)]
    fn api_named(name: &str) -> JsValue;
}

/// Imports and instantiates both modules once per page; every test starts with it.
async fn ready() {
    for (name, glue, wasm) in [("reader", READER_GLUE_JS, READER_WASM), ("author", AUTHOR_GLUE_JS, AUTHOR_WASM)] {
        wasm_bindgen_futures::JsFuture::from(load_package(name, glue, wasm)).await.expect("the module loads");
    }
}

/// The authors' module: the full API.
fn api() -> JsValue {
    api_named("author")
}

/// The readers' module.
fn reader() -> JsValue {
    api_named("reader")
}

const SEJONG_JSON: &str = include_str!("../briefs/sejong-2025-30.json");
const VIEWS: [&str; 7] = ["overview", "partners", "projects", "timeline", "economy", "recommendations", "search"];

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = get(target, method).dyn_into().map_err(|_| JsValue::from_str(method))?;
    let list: Array = args.iter().collect();
    function.apply(target, &list)
}

fn brief_class() -> JsValue {
    get(&api(), "Brief")
}

fn reader_brief_class() -> JsValue {
    get(&reader(), "Brief")
}

fn embedded() -> JsValue {
    call(&brief_class(), "embedded", &[]).expect("the embedded brief loads")
}

fn length(value: &JsValue) -> u32 {
    value.dyn_ref::<Array>().map_or(0, |a| a.length())
}

fn text(value: &JsValue) -> String {
    value.as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn embedded_brief_loads_with_its_metadata() {
    ready().await;
    let brief = embedded();
    let meta = call(&brief, "meta", &[]).unwrap();
    assert!(text(&get(&meta, "title")).starts_with("North Korea"));
    assert_eq!(text(&get(&meta, "number")), "2025-30");
    assert!(length(&get(&meta, "authors")) >= 1);
    assert!(text(&call(&api(), "version", &[]).unwrap()).contains('.'));
}

#[wasm_bindgen_test]
async fn from_json_errors_carry_diagnostics_with_line_and_column() {
    ready().await;
    let broken = JsValue::from_str("{\n  \"format\": 1,\n  \"meta\": 7\n}");
    let error = call(&brief_class(), "fromJson", &[broken]).expect_err("a number is not a meta object");
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(text(&get(&error, "name")), "BriefError");
    let diagnostics = get(&error, "diagnostics");
    assert_eq!(length(&diagnostics), 1);
    let first = Array::from(&diagnostics).get(0);
    assert_eq!(text(&get(&first, "kind")), "schema");
    assert_eq!(text(&get(&first, "path")), "$.meta");
    assert_eq!(get(&first, "line").as_f64(), Some(3.0));
    assert_eq!(get(&first, "column").as_f64(), Some(11.0));
    assert!(text(&get(&error, "message")).contains("3:11: $.meta"));

    let truncated = JsValue::from_str(&SEJONG_JSON[..SEJONG_JSON.len() / 2]);
    let error = call(&brief_class(), "fromJson", &[truncated]).expect_err("truncated");
    let first = Array::from(&get(&error, "diagnostics")).get(0);
    assert_eq!(text(&get(&first, "kind")), "syntax");

    let deep = JsValue::from_str(&"[".repeat(10_000));
    let error = call(&brief_class(), "fromJson", &[deep]).expect_err("deep nesting");
    assert_eq!(text(&get(&error, "name")), "BriefError");
}

#[wasm_bindgen_test]
async fn from_object_and_from_json_agree() {
    ready().await;
    let object = js_sys::JSON::parse(SEJONG_JSON).unwrap();
    let from_object = call(&brief_class(), "fromObject", &[object]).unwrap();
    let from_json = call(&brief_class(), "fromJson", &[JsValue::from_str(SEJONG_JSON)]).unwrap();
    let a = js_sys::JSON::stringify(&call(&from_object, "actors", &[]).unwrap()).unwrap();
    let b = js_sys::JSON::stringify(&call(&from_json, "actors", &[]).unwrap()).unwrap();
    assert_eq!(a, b);
    let cyclic = js_sys::Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let error = call(&brief_class(), "fromObject", &[cyclic.into()]).expect_err("cycle");
    assert_eq!(text(&get(&error, "name")), "BriefError");
    call(&from_object, "free", &[]).unwrap();
    call(&from_json, "free", &[]).unwrap();
}

#[wasm_bindgen_test]
async fn every_query_method_answers() {
    ready().await;
    let brief = embedded();
    for method in [
        "keyJudgments",
        "axes",
        "actors",
        "relations",
        "sectors",
        "projects",
        "timeline",
        "indicators",
        "events",
        "recommendationAreas",
        "recommendations",
    ] {
        let list = call(&brief, method, &[]).unwrap();
        assert!(length(&list) > 0, "{method} is empty");
    }
    let subject = get(&call(&brief, "meta", &[]).unwrap(), "subject");
    assert!(length(&call(&brief, "partners", std::slice::from_ref(&subject)).unwrap()) > 0);
    assert!(length(&call(&brief, "itemsByActor", &[subject]).unwrap()) > 0);

    let axis = get(&Array::from(&call(&brief, "axes", &[]).unwrap()).get(0), "id");
    assert!(length(&call(&brief, "itemsByAxis", std::slice::from_ref(&axis)).unwrap()) > 0);
    assert!(length(&call(&brief, "related", std::slice::from_ref(&axis)).unwrap()) > 0);
    assert_eq!(text(&get(&call(&brief, "item", std::slice::from_ref(&axis)).unwrap(), "kind")), "axis");
    assert!(call(&brief, "evidence", &[axis]).unwrap().is_array());
    assert!(call(&brief, "item", &["no-such-item".into()]).unwrap().is_undefined());
    // A number where a string belongs is a BriefError, not a trap that would kill the instance.
    let error = call(&brief, "item", &[JsValue::from(42)]).expect_err("a number is not an id");
    assert_eq!(text(&get(&error, "name")), "BriefError");

    let indicator = get(&Array::from(&call(&brief, "indicators", &[]).unwrap()).get(0), "id");
    assert!(get(&call(&brief, "indicator", &[indicator]).unwrap(), "observations").is_array());

    let sector = Array::from(&call(&brief, "sectors", &[]).unwrap()).get(0);
    assert!(length(&call(&brief, "projects", &[sector]).unwrap()) > 0);

    let entry = Array::from(&call(&brief, "timeline", &[]).unwrap()).get(0);
    assert_eq!(text(&get(&entry, "start")).len(), 10);

    let hits = call(&brief, "search", &["tourism".into(), 3.into()]).unwrap();
    assert!((1..=3).contains(&length(&hits)));
    let first_match = Array::from(&get(&Array::from(&hits).get(0), "matches")).get(0);
    let range = Array::from(&Array::from(&get(&first_match, "ranges")).get(0));
    let (start, end) = (range.get(0).as_f64().unwrap() as u32, range.get(1).as_f64().unwrap() as u32);
    let matched = js_sys::JsString::from(get(&first_match, "text")).slice(start, end);
    assert_eq!(String::from(matched).to_lowercase(), "tourism");

    assert_eq!(length(&call(&api(), "validate", &[JsValue::from_str(SEJONG_JSON)]).unwrap()), 0);
    assert!(length(&call(&api(), "validate", &["{".into()]).unwrap()) > 0);
}

#[wasm_bindgen_test]
async fn every_render_method_answers_in_both_languages() {
    ready().await;
    let brief = embedded();
    for lang in ["en", "ko"] {
        let options = js_sys::Object::new();
        Reflect::set(&options, &"lang".into(), &lang.into()).unwrap();
        Reflect::set(&options, &"idPrefix".into(), &"t-".into()).unwrap();
        assert!(text(&call(&brief, "renderShell", &[options.clone().into()]).unwrap()).contains('<'));
        for view in VIEWS {
            let html = text(&call(&brief, "renderView", &[view.into(), options.clone().into()]).unwrap());
            assert!(!html.contains("<script"), "{view}");
        }
        assert!(text(&call(&brief, "renderDocument", &[options.clone().into()]).unwrap()).len() > 1000);
        assert!(
            text(&call(&brief, "renderSearchResults", &["tourism".into(), options.into()]).unwrap()).contains("<mark")
        );
    }
    let judgment = get(&Array::from(&call(&brief, "keyJudgments", &[]).unwrap()).get(0), "id");
    assert!(call(&brief, "renderCitation", &[judgment]).unwrap().is_string());
    assert!(text(&call(&brief, "jsonLd", &[]).unwrap()).contains("schema.org"));
    let error = call(&brief, "renderView", &["nope".into()]).expect_err("unknown view");
    assert_eq!(text(&get(&error, "name")), "BriefError");
}

#[wasm_bindgen_test]
async fn free_releases_and_later_calls_throw_instead_of_crashing() {
    ready().await;
    let brief = embedded();
    call(&brief, "free", &[]).unwrap();
    assert!(call(&brief, "meta", &[]).is_err());
    // The module is intact: a new brief works.
    let again = embedded();
    assert!(call(&again, "meta", &[]).is_ok());
}

#[wasm_bindgen_test]
async fn the_readers_module_loads_from_text_and_objects_and_reports_by_path() {
    ready().await;
    assert!(get(&reader_brief_class(), "embedded").is_undefined());
    assert!(get(&reader(), "validate").is_undefined());
    let from_json = call(&reader_brief_class(), "fromJson", &[JsValue::from_str(SEJONG_JSON)]).unwrap();
    let meta = call(&from_json, "meta", &[]).unwrap();
    assert!(text(&get(&meta, "title")).starts_with("North Korea"));
    let from_object = call(&reader_brief_class(), "fromObject", &[js_sys::JSON::parse(SEJONG_JSON).unwrap()]).unwrap();
    let brief = embedded();
    for method in ["actors", "timeline", "indicators", "recommendations"] {
        let expected = js_sys::JSON::stringify(&call(&brief, method, &[]).unwrap()).unwrap();
        assert_eq!(js_sys::JSON::stringify(&call(&from_json, method, &[]).unwrap()).unwrap(), expected, "{method}");
        assert_eq!(js_sys::JSON::stringify(&call(&from_object, method, &[]).unwrap()).unwrap(), expected, "{method}");
    }
    for view in VIEWS {
        let html = call(&from_json, "renderView", &[view.into()]).unwrap();
        assert_eq!(text(&html), text(&call(&brief, "renderView", &[view.into()]).unwrap()), "{view}");
    }

    let broken = JsValue::from_str("{\n  \"format\": 1,\n  \"meta\": 7\n}");
    let error = call(&reader_brief_class(), "fromJson", &[broken]).expect_err("a number is not a meta object");
    assert_eq!(text(&get(&error, "name")), "BriefError");
    let first = Array::from(&get(&error, "diagnostics")).get(0);
    assert_eq!(text(&get(&first, "kind")), "schema");
    assert_eq!(text(&get(&first, "path")), "$.meta");
    assert_eq!(get(&first, "line").as_f64(), Some(0.0));
    assert_eq!(get(&first, "column").as_f64(), Some(0.0));

    let error = call(&reader_brief_class(), "fromJson", &["{".into()]).expect_err("syntax");
    let first = Array::from(&get(&error, "diagnostics")).get(0);
    assert_eq!(text(&get(&first, "kind")), "syntax");
    for handle in [from_json, from_object] {
        call(&handle, "free", &[]).unwrap();
    }
}
