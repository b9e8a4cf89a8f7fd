//! The JSON Schema stays true to `src/model/mod.rs`, from which it is generated: a brief with every field
//! filled in is serialized (by the model's serde derives) and walked alongside the schema. Every object
//! must have exactly the schema's properties, every enum exactly the model's variants, and removing a
//! field must break deserialization exactly when the schema calls it required. The rules the schema adds
//! to the types (patterns, ranges, what each qualifier needs) are checked to be there.
//!
//! `schema/brief.schema.json` is the committed output of `brief-insights schema`; after a change to the
//! model or `src/schema.rs`, `BLESS=1 cargo test --test schema` rewrites it.
//! Validation of real briefs against the schema (with ajv) is in `tests/node/schema.test.mjs`.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::model::*;
use brief_insights::schema::{json_schema, json_schema_value};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::path::Path;

// --- a brief with every field present -----------------------------------------------------------------

/// Struct literals without `..`: a field added to the model fails to compile here until the sample (and
/// so this test) covers it.
fn full_brief() -> Brief {
    // The quote holds the texts of the items marked `"wording": "quote"` (descriptions "D", roles "R",
    // texts "T"), as validation requires.
    let ev = || vec![Evidence { paragraph: 1, quote: "Quoted: D, R, T.".into() }];
    let ids = |s: &str| vec![s.to_string()];
    let actor_kinds =
        [ActorKind::State, ActorKind::Bloc, ActorKind::Person, ActorKind::Institution, ActorKind::Organization];
    for k in actor_kinds {
        // Exhaustive: a new variant must be added to the list above.
        match k {
            ActorKind::State
            | ActorKind::Bloc
            | ActorKind::Person
            | ActorKind::Institution
            | ActorKind::Organization => {}
        }
    }
    let stances = [
        Stance::Cooperative,
        Stance::Ambivalent,
        Stance::Conditional,
        Stance::Hostile,
        Stance::Neutral,
        Stance::Tense,
        Stance::Disputed,
    ];
    for s in stances {
        match s {
            Stance::Cooperative
            | Stance::Ambivalent
            | Stance::Conditional
            | Stance::Hostile
            | Stance::Neutral
            | Stance::Tense
            | Stance::Disputed => {}
        }
    }
    let qualifiers =
        [Qualifier::Exact, Qualifier::Approximate, Qualifier::Range, Qualifier::AtLeast, Qualifier::AtMost];
    for q in qualifiers {
        match q {
            Qualifier::Exact | Qualifier::Approximate | Qualifier::Range | Qualifier::AtLeast | Qualifier::AtMost => {}
        }
    }
    Brief {
        schema: Some("./brief.schema.json".into()),
        format: FORMAT_VERSION,
        meta: Meta {
            series: "S".into(),
            number: "1".into(),
            title: "T".into(),
            date: DateSpec("2025-11-19".into()),
            authors: vec![Author { name: "N".into(), role: Some("R".into()), affiliation: Some("A".into()) }],
            publisher: Some("P".into()),
            language: "en".into(),
            source_url: Some("https://example.org/".into()),
            paragraphs: 1,
            subject: Some("actor-0".into()),
            rights: Some("(c)".into()),
            summary: Some("S".into()),
            editor: Some("E".into()),
            source: Some(SourceText { text: "brief.txt".into(), header_blocks: 2, footer_blocks: 1, uncited: vec![1] }),
        },
        key_judgments: vec![Judgment {
            id: "judgment".into(),
            text: "J".into(),
            axes: ids("axis"),
            related: ids("actor-0"),
            wording: Some(Wording::Paraphrase),
            evidence: ev(),
        }],
        axes: vec![Axis {
            id: "axis".into(),
            label: "A".into(),
            summary: Some("S".into()),
            related: ids("judgment"),
            wording: Some(Wording::Paraphrase),
            evidence: ev(),
        }],
        actors: actor_kinds
            .iter()
            .enumerate()
            .map(|(i, kind)| Actor {
                id: format!("actor-{}", i),
                name: "N".into(),
                kind: *kind,
                short_name: Some("N".into()),
                description: Some("D".into()),
                member_of: ids(if i == 0 { "actor-1" } else { "actor-0" }),
                related: ids("judgment"),
                wording: Some(Wording::Quote),
                evidence: ev(),
            })
            .collect(),
        relations: stances
            .iter()
            .enumerate()
            .map(|(i, stance)| Relation {
                id: format!("relation-{}", i),
                from: "actor-0".into(),
                to: format!("actor-{}", i % 4 + 1),
                role: "R".into(),
                stance: *stance,
                stance_label: Some("restored".into()),
                fields: vec!["energy".into()],
                summary: Some("S".into()),
                axes: ids("axis"),
                related: ids("judgment"),
                wording: Some(Wording::Quote),
                evidence: ev(),
            })
            .collect(),
        projects: vec![Project {
            id: "project".into(),
            name: "N".into(),
            sector: "health".into(),
            place: Some(Place {
                name: "P".into(),
                coordinates: Some(Coordinates { lat: 1.5, lon: 2.5, approximate: true, source: "S".into() }),
            }),
            policy_frame: Some("F".into()),
            timing: Some("T".into()),
            date: Some(DateSpec("2025-Q3".into())),
            date_basis: Some(DateBasis::Inferred),
            claimed_results: vec!["C".into()],
            risks: vec!["R".into()],
            actors: ids("actor-0"),
            axes: ids("axis"),
            related: ids("judgment"),
            wording: Some(Wording::Paraphrase),
            evidence: ev(),
        }],
        indicators: vec![Indicator {
            id: "indicator".into(),
            name: "N".into(),
            unit: Some("U".into()),
            description: Some("D".into()),
            observations: qualifiers
                .iter()
                .enumerate()
                .map(|(i, q)| Observation {
                    id: format!("observation-{}", i),
                    label: "L".into(),
                    date: Some(DateSpec("2021/2025".into())),
                    date_basis: Some(DateBasis::Stated),
                    status: Some(Status::Target),
                    qualifier: *q,
                    low: Some(1.0),
                    high: Some(if *q == Qualifier::Range { 2.0 } else { 1.0 }),
                    note: Some("N".into()),
                    wording: Some(Wording::Paraphrase),
                    evidence: ev(),
                })
                .collect(),
            axes: ids("axis"),
            related: ids("judgment"),
            wording: Some(Wording::Paraphrase),
            evidence: ev(),
        }],
        events: vec![Event {
            id: "event".into(),
            title: "T".into(),
            date: Some(DateSpec("2025-summer".into())),
            date_basis: Some(DateBasis::Stated),
            status: Some(Status::Forecast),
            description: Some("D".into()),
            actors: ids("actor-0"),
            axes: ids("axis"),
            related: ids("judgment"),
            wording: Some(Wording::Paraphrase),
            evidence: ev(),
        }],
        recommendation_areas: vec![RecommendationArea {
            id: "area".into(),
            label: "L".into(),
            addressee: Some("actor-0".into()),
        }],
        recommendations: vec![Recommendation {
            id: "recommendation".into(),
            area: "area".into(),
            text: "T".into(),
            actors: ids("actor-0"),
            axes: ids("axis"),
            related: ids("judgment"),
            wording: Some(Wording::Quote),
            evidence: ev(),
        }],
        sectors: vec![Sector { id: "health".into(), label: "Health".into() }],
        map: Some(MapSpec {
            countries: vec!["KP".into()],
            outline: Some(MapOutline {
                attribution: "A".into(),
                lon_min: 124.0,
                lon_max: 131.0,
                lat_min: 37.0,
                lat_max: 43.0,
                width: 400.0,
                height: 440.0,
                d: "M0 0".into(),
            }),
        }),
    }
}

/// The full sample as JSON, written by the model's serde derives (the names JS sees).
fn full_tree() -> Value {
    serde_json::to_value(full_brief()).expect("the sample serializes")
}

// --- walking the schema -------------------------------------------------------------------------------

fn schema() -> Value {
    serde_json::from_str(&json_schema()).expect("the schema is JSON")
}

fn strings(n: Option<&Value>) -> Vec<String> {
    n.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect())
        .unwrap_or_default()
}

fn keys(n: &Value) -> Vec<String> {
    n.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default()
}

/// Follows a `$ref` to its definition; an optional field's `anyOf: [schema, null]` to its schema.
fn resolve<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("local ref: {}", r));
        return root["$defs"].get(name).unwrap_or_else(|| panic!("{} is defined", r));
    }
    if let Some(Value::Array(cases)) = s.get("anyOf") {
        let not_null: Vec<&Value> = cases.iter().filter(|c| **c != json!({ "type": "null" })).collect();
        if let [only] = not_null.as_slice() {
            return resolve(root, only);
        }
    }
    s
}

/// The values an enum definition allows: `enum`, or `oneOf` of `const`s (variants with descriptions).
fn enum_values(def: &Value) -> BTreeSet<String> {
    let mut values: BTreeSet<String> = strings(def.get("enum")).into_iter().collect();
    if let Some(Value::Array(cases)) = def.get("oneOf") {
        values.extend(cases.iter().filter_map(|c| c.get("const")?.as_str().map(String::from)));
    }
    values
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

fn path_string(path: &[Seg]) -> String {
    let mut s = String::from("$");
    for seg in path {
        match seg {
            Seg::Key(k) => s.push_str(&format!(".{}", k)),
            Seg::Index(i) => s.push_str(&format!("[{}]", i)),
        }
    }
    s
}

/// Every object path in the tree with its (resolved) schema, collected so the required-field test can
/// remove each member in turn.
fn walk<'a>(
    root: &'a Value,
    schema: &'a Value,
    value: &Value,
    path: &mut Vec<Seg>,
    out: &mut Vec<(Vec<Seg>, &'a Value)>,
) {
    let schema = resolve(root, schema);
    match value {
        Value::Object(members) => {
            let properties = schema.get("properties").unwrap_or_else(|| panic!("{} has properties", path_string(path)));
            let mut declared = keys(properties);
            let mut present: Vec<String> = members.keys().cloned().collect();
            declared.sort();
            present.sort();
            assert_eq!(present, declared, "model fields vs schema properties at {}", path_string(path));
            assert_eq!(
                schema.get("additionalProperties"),
                Some(&Value::Bool(false)),
                "{}: additionalProperties false, as deny_unknown_fields",
                path_string(path)
            );
            for r in strings(schema.get("required")) {
                assert!(present.contains(&r), "required {} is a field", r);
            }
            out.push((path.clone(), schema));
            for (k, v) in members {
                path.push(Seg::Key(k.clone()));
                walk(root, &properties[k.as_str()], v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            let item_schema = schema.get("items").unwrap_or_else(|| panic!("{} has items", path_string(path)));
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk(root, item_schema, item, path, out);
                path.pop();
            }
        }
        Value::String(s) => {
            let allowed = enum_values(schema);
            if !allowed.is_empty() {
                assert!(allowed.contains(s), "{}: {:?} is in the enum", path_string(path), s);
            }
        }
        _ => {}
    }
}

fn object_at_mut<'a>(tree: &'a mut Value, path: &[Seg]) -> &'a mut Map<String, Value> {
    let mut n = tree;
    for seg in path {
        n = match seg {
            Seg::Key(k) => n.get_mut(k.as_str()).expect("member"),
            Seg::Index(i) => n.get_mut(*i).expect("element"),
        };
    }
    n.as_object_mut().expect("an object")
}

fn deserializes(tree: &Value) -> Result<Brief, serde_json::Error> {
    serde_json::from_value::<Brief>(tree.clone())
}

// --- the tests ----------------------------------------------------------------------------------------

#[test]
fn committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/brief.schema.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, json_schema()).unwrap();
    }
    let committed = std::fs::read_to_string(&path).expect("schema/brief.schema.json exists");
    assert!(committed == json_schema(), "schema/brief.schema.json is stale: run `BLESS=1 cargo test --test schema`");
    assert_eq!(serde_json::from_str::<Value>(&committed).unwrap(), json_schema_value());
}

#[test]
fn schema_is_draft_2020_12_and_every_ref_resolves() {
    let root = schema();
    assert_eq!(root["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(root["$id"], brief_insights::schema::SCHEMA_ID);
    assert_eq!(root["title"], "brief-insights brief");
    assert!(root["description"].as_str().is_some_and(|d| d.contains("evidence")));
    let text = json_schema();
    let mut refs = 0;
    for part in text.split("\"$ref\": \"").skip(1) {
        let target = part.split('"').next().unwrap();
        let name = target.strip_prefix("#/$defs/").unwrap();
        assert!(root["$defs"].get(name).is_some(), "{} resolves", target);
        refs += 1;
    }
    assert!(refs > 40);
    // Only formats every validator knows (schemars marks integers "uint32", which none does).
    assert!(!text.contains("\"format\": \""), "no non-standard formats");
    // Every definition and property is described, so editors can explain every field.
    fn described(n: &Value, path: &str) {
        if let Value::Object(m) = n {
            if let Some(Value::Object(props)) = n.get("properties") {
                for (k, v) in props {
                    assert!(v.get("description").is_some(), "{}.{} has a description", path, k);
                }
            }
            // `if`/`then` subschemas only select and constrain a case; they describe nothing.
            for (k, v) in m.iter().filter(|(k, _)| *k != "if" && *k != "then") {
                described(v, &format!("{}.{}", path, k));
            }
        }
    }
    described(&root, "$");
    for (name, def) in root["$defs"].as_object().unwrap() {
        assert!(def.get("description").is_some(), "$defs.{} has a description", name);
    }
}

#[test]
fn descriptions_come_from_the_model_doc_comments() {
    let root = schema();
    let defs = &root["$defs"];
    assert_eq!(defs["Meta"]["properties"]["series"]["description"], "Series name, e.g. \"Sejong Policy Briefs\".");
    assert_eq!(defs["Stance"]["description"], "How `from` stands towards `to`, as the brief assesses it.");
    let cooperative = defs["Stance"]["oneOf"].as_array().unwrap().iter().find(|c| c["const"] == "cooperative").unwrap();
    assert_eq!(cooperative["description"], "Active, valued cooperation.");
}

#[test]
fn schema_properties_match_the_model() {
    let root = schema();
    let tree = full_tree();
    let mut objects = Vec::new();
    walk(&root, &root, &tree, &mut Vec::new(), &mut objects);
    assert!(objects.len() > 20);
    // The full sample is a valid brief, so the comparisons above are about a brief that loads.
    brief_insights::load(&tree.to_string()).unwrap_or_else(|d| panic!("the full sample loads: {}", d));
}

#[test]
fn schema_enums_list_every_variant() {
    let root = schema();
    let tree = full_tree();
    let defs = &root["$defs"];
    let collect = |list: &Value, field: &str| -> BTreeSet<String> {
        list.as_array().unwrap().iter().filter_map(|n| n.get(field)?.as_str().map(String::from)).collect()
    };
    let seen = [
        ("ActorKind", 5, collect(&tree["actors"], "kind")),
        ("Stance", 7, collect(&tree["relations"], "stance")),
        ("Qualifier", 5, collect(&tree["indicators"][0]["observations"], "qualifier")),
    ];
    for (def, variants, values) in seen {
        assert_eq!(values.len(), variants, "the sample uses every {}", def);
        assert_eq!(enum_values(&defs[def]), values, "{} enum", def);
    }
}

#[test]
fn required_in_the_schema_means_required_by_the_model() {
    let root = schema();
    let tree = full_tree();
    let mut objects = Vec::new();
    walk(&root, &root, &tree, &mut Vec::new(), &mut objects);
    let mut checked = 0;
    for (path, def) in &objects {
        let required = strings(def.get("required"));
        for field in keys(&def["properties"]) {
            let mut copy = tree.clone();
            object_at_mut(&mut copy, path).remove(&field);
            let decoded = deserializes(&copy);
            let where_ = format!("{}.{}", path_string(path), field);
            if required.contains(&field) {
                assert!(decoded.is_err(), "{} is required in the schema but the model accepts it missing", where_);
                let loaded = brief_insights::load(&copy.to_string());
                assert!(loaded.is_err(), "{} is required in the schema but `load` accepts it missing", where_);
            } else {
                assert!(
                    decoded.is_ok(),
                    "{} is optional in the schema but the model needs it: {:?}",
                    where_,
                    decoded.err()
                );
            }
            checked += 1;
        }
        // And deny_unknown_fields: an extra member is rejected, as additionalProperties false says.
        let mut copy = tree.clone();
        object_at_mut(&mut copy, path).insert("unexpectedField".into(), Value::Null);
        assert!(deserializes(&copy).is_err(), "{} rejects unknown fields", path_string(path));
        assert!(
            brief_insights::load(&copy.to_string()).is_err(),
            "`load` rejects unknown fields at {}",
            path_string(path)
        );
    }
    assert!(checked > 100, "{} fields checked", checked);
}

#[test]
fn patterns_are_the_validators() {
    let root = schema();
    let defs = &root["$defs"];
    assert_eq!(defs["Id"]["pattern"], "^[a-z0-9]+(-[a-z0-9]+)*$");
    assert_eq!(defs["Id"]["maxLength"], 80);
    assert_eq!(defs["DateSpec"]["pattern"], brief_insights::schema::date_pattern());
    // Every id field and list of ids refers to the Id definition.
    for (def, field) in [("Judgment", "id"), ("Relation", "from"), ("Relation", "to"), ("Recommendation", "area")] {
        assert_eq!(defs[def]["properties"][field]["$ref"], "#/$defs/Id", "{}.{}", def, field);
    }
    for (def, field) in [("Judgment", "axes"), ("Actor", "memberOf"), ("Event", "actors"), ("Project", "related")] {
        assert_eq!(defs[def]["properties"][field]["items"]["$ref"], "#/$defs/Id", "{}.{}", def, field);
    }
    assert_eq!(root["properties"]["actors"]["items"]["$ref"], "#/$defs/Actor", "the top-level actors are actors");
    assert_eq!(defs["Meta"]["properties"]["subject"]["anyOf"][0]["$ref"], "#/$defs/Id");
    // Blank text, empty evidence, impossible numbers.
    assert_eq!(defs["Meta"]["properties"]["title"]["pattern"], "\\S");
    assert_eq!(defs["Evidence"]["properties"]["quote"]["pattern"], "\\S");
    assert_eq!(defs["Axis"]["properties"]["evidence"]["minItems"], 1);
    assert_eq!(defs["Meta"]["properties"]["authors"]["minItems"], 1);
    assert_eq!(defs["Evidence"]["properties"]["paragraph"]["minimum"], 1);
    assert_eq!(defs["Evidence"]["properties"]["paragraph"]["maximum"], u32::MAX);
    assert_eq!(defs["Coordinates"]["properties"]["lat"]["maximum"], 90);
    assert_eq!(defs["Coordinates"]["properties"]["lon"]["minimum"], -180);
    assert_eq!(root["properties"]["format"]["const"], FORMAT_VERSION);
    // The regexes themselves are exercised against accepted and rejected dates and ids by ajv in
    // tests/node/schema.test.mjs (std Rust has no regex engine).
}

#[test]
fn each_qualifier_requires_its_numbers() {
    let root = schema();
    let cases = root["$defs"]["Observation"]["allOf"].as_array().expect("allOf");
    let needs = |qualifier: &str| -> Vec<String> {
        cases
            .iter()
            .filter(|c| strings(c["if"]["properties"]["qualifier"].get("enum")).iter().any(|q| q == qualifier))
            .flat_map(|c| strings(c["then"].get("required")))
            .collect()
    };
    assert_eq!(needs("exact"), ["low"]);
    assert_eq!(needs("approximate"), ["low"]);
    assert_eq!(needs("atLeast"), ["low"]);
    assert_eq!(needs("range"), ["low", "high"]);
    assert_eq!(needs("atMost"), ["high"]);
    // Every qualifier of the model is covered.
    for q in enum_values(&root["$defs"]["Qualifier"]) {
        assert!(!needs(&q).is_empty(), "{} says what it needs", q);
    }
}
