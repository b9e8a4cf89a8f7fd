//! The JSON Schema stays true to `src/model.rs`: a brief with every field filled in is serialized (by
//! the model's own JSON writers, `src/json/ser.rs`) and walked alongside the schema. Every object must have exactly
//! the schema's properties, every enum exactly the model's variants, and removing a field must break
//! deserialization exactly when the schema calls it required.
//!
//! `schema/brief.schema.json` is the committed output of `brief-insights schema`; after a change to
//! `src/schema.rs`, `BLESS=1 cargo test --test schema` rewrites it.
//! Validation of real briefs against the schema (with ajv) is in `tests/node/schema.test.mjs`.

use brief_insights::json::{self, Key, Node, Value};
use brief_insights::model::*;
use brief_insights::schema::json_schema;
use std::collections::BTreeSet;
use std::path::Path;

fn node(value: Value) -> Node {
    Node { value, line: 1, column: 1 }
}

fn key(name: &str) -> Key {
    Key { name: name.to_string(), line: 1, column: 1 }
}

// --- a brief with every field present -----------------------------------------------------------------

/// Struct literals without `..`: a field added to the model fails to compile here until the sample (and
/// so this test) covers it.
fn full_brief() -> Brief {
    let ev = || vec![Evidence { paragraph: 1, quote: "Quoted.".into() }];
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
    let stances = [Stance::Cooperative, Stance::Ambivalent, Stance::Conditional, Stance::Hostile, Stance::Neutral];
    for s in stances {
        match s {
            Stance::Cooperative | Stance::Ambivalent | Stance::Conditional | Stance::Hostile | Stance::Neutral => {}
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
            publisher: "P".into(),
            language: "en".into(),
            source_url: Some("https://example.org/".into()),
            paragraphs: 1,
            subject: Some("actor-0".into()),
            rights: Some("(c)".into()),
            summary: Some("S".into()),
        },
        key_judgments: vec![Judgment {
            id: "judgment".into(),
            text: "J".into(),
            axes: ids("axis"),
            related: ids("actor-0"),
            evidence: ev(),
        }],
        axes: vec![Axis {
            id: "axis".into(),
            label: "A".into(),
            summary: Some("S".into()),
            related: ids("judgment"),
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
                evidence: ev(),
            })
            .collect(),
        relations: stances
            .iter()
            .enumerate()
            .map(|(i, stance)| Relation {
                id: format!("relation-{}", i),
                from: "actor-0".into(),
                to: format!("actor-{}", i + 1).replace("actor-5", "actor-4"),
                role: "R".into(),
                stance: *stance,
                fields: vec!["energy".into()],
                summary: Some("S".into()),
                axes: ids("axis"),
                related: ids("judgment"),
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
            claimed_results: vec!["C".into()],
            risks: vec!["R".into()],
            actors: ids("actor-0"),
            axes: ids("axis"),
            related: ids("judgment"),
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
                    qualifier: *q,
                    low: Some(1.0),
                    high: Some(if *q == Qualifier::Range { 2.0 } else { 1.0 }),
                    note: Some("N".into()),
                    evidence: ev(),
                })
                .collect(),
            axes: ids("axis"),
            related: ids("judgment"),
            evidence: ev(),
        }],
        events: vec![Event {
            id: "event".into(),
            title: "T".into(),
            date: DateSpec("2025-summer".into()),
            description: Some("D".into()),
            actors: ids("actor-0"),
            axes: ids("axis"),
            related: ids("judgment"),
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
            evidence: ev(),
        }],
    }
}

/// The full sample as JSON text, written by the model's own JSON writers (the names JS sees).
fn full_text() -> String {
    serde_json::to_string(&full_brief()).unwrap()
}

fn full_tree() -> Node {
    json::parse(&full_text()).expect("the serialized sample is JSON")
}

// --- walking the schema -------------------------------------------------------------------------------

fn schema() -> Node {
    json::parse(&json_schema()).expect("the schema is JSON")
}

fn strings(n: Option<&Node>) -> Vec<String> {
    match n.map(|n| &n.value) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| match &x.value {
                Value::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn keys(n: &Node) -> Vec<String> {
    match &n.value {
        Value::Object(m) => m.iter().map(|(k, _)| k.name.clone()).collect(),
        _ => Vec::new(),
    }
}

/// Follows a `$ref` to its definition.
fn resolve<'a>(root: &'a Node, s: &'a Node) -> &'a Node {
    match s.get("$ref").map(|r| &r.value) {
        Some(Value::String(r)) => {
            let name = r.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("local ref: {}", r));
            root.get("$defs").and_then(|d| d.get(name)).unwrap_or_else(|| panic!("{} is defined", r))
        }
        _ => s,
    }
}

/// Every object path in the tree with its (resolved) schema, collected so the required-field test can
/// remove each member in turn.
fn walk<'a>(
    root: &'a Node,
    schema: &'a Node,
    value: &Node,
    path: &mut Vec<json::PathSeg>,
    out: &mut Vec<(Vec<json::PathSeg>, &'a Node)>,
) {
    let schema = resolve(root, schema);
    match &value.value {
        Value::Object(members) => {
            let properties = schema.get("properties").unwrap_or_else(|| panic!("{:?} has properties", path));
            let mut declared = keys(properties);
            let mut present: Vec<String> = members.iter().map(|(k, _)| k.name.clone()).collect();
            declared.sort();
            present.sort();
            assert_eq!(present, declared, "model fields vs schema properties at {}", json::path_string(path));
            assert!(
                matches!(schema.get("additionalProperties").map(|n| &n.value), Some(Value::Bool(false))),
                "{}: additionalProperties false, as deny_unknown_fields",
                json::path_string(path)
            );
            for r in strings(schema.get("required")) {
                assert!(present.contains(&r), "required {} is a field", r);
            }
            out.push((path.clone(), schema));
            for (k, v) in members {
                path.push(json::PathSeg::Key(k.name.clone()));
                let field_schema = properties.get(&k.name).expect("declared");
                walk(root, field_schema, v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            let item_schema = schema.get("items").unwrap_or_else(|| panic!("{} has items", json::path_string(path)));
            for (i, item) in items.iter().enumerate() {
                path.push(json::PathSeg::Index(i));
                walk(root, item_schema, item, path, out);
                path.pop();
            }
        }
        Value::String(s) => {
            let allowed = strings(schema.get("enum"));
            if !allowed.is_empty() {
                assert!(allowed.contains(s), "{}: {:?} is in the enum", json::path_string(path), s);
            }
        }
        _ => {}
    }
}

fn at_path_mut<'a>(node: &'a mut Node, path: &[json::PathSeg]) -> &'a mut Node {
    let mut n = node;
    for seg in path {
        n = match (seg, &mut n.value) {
            (json::PathSeg::Key(k), Value::Object(m)) => {
                &mut m.iter_mut().find(|(key, _)| &key.name == k).expect("member").1
            }
            (json::PathSeg::Index(i), Value::Array(a)) => &mut a[*i],
            _ => panic!("path leaves the tree"),
        };
    }
    n
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
}

#[test]
fn schema_is_draft_2020_12_and_every_ref_resolves() {
    let root = schema();
    assert!(
        matches!(&root.get("$schema").unwrap().value, Value::String(s) if s == "https://json-schema.org/draft/2020-12/schema")
    );
    let text = json_schema();
    let mut refs = 0;
    for part in text.split("\"$ref\": \"").skip(1) {
        let target = part.split('"').next().unwrap();
        let name = target.strip_prefix("#/$defs/").unwrap();
        assert!(root.get("$defs").unwrap().get(name).is_some(), "{} resolves", target);
        refs += 1;
    }
    assert!(refs > 40);
    // Every definition and property is described, so editors can explain every field.
    fn described(n: &Node, path: &str) {
        if let Value::Object(m) = &n.value {
            if let Some(props) = n.get("properties") {
                for (k, v) in keys(props).iter().zip(match &props.value {
                    Value::Object(pm) => pm.iter().map(|(_, v)| v).collect::<Vec<_>>(),
                    _ => vec![],
                }) {
                    assert!(v.get("description").is_some(), "{}.{} has a description", path, k);
                }
            }
            // `if` subschemas only select a case; they describe nothing.
            for (k, v) in m.iter().filter(|(k, _)| k.name != "if") {
                described(v, &format!("{}.{}", path, k.name));
            }
        }
    }
    described(&root, "$");
    for (name, def) in match &root.get("$defs").unwrap().value {
        Value::Object(m) => m.clone(),
        _ => vec![],
    } {
        assert!(def.get("description").is_some(), "$defs.{} has a description", name.name);
    }
}

#[test]
fn schema_properties_match_the_model() {
    let root = schema();
    let tree = full_tree();
    let mut objects = Vec::new();
    walk(&root, &root, &tree, &mut Vec::new(), &mut objects);
    assert!(objects.len() > 20);
    // The full sample is a valid brief, so the comparisons above are about a brief that loads.
    brief_insights::load(&full_text()).unwrap_or_else(|d| panic!("the full sample loads: {}", d));
}

#[test]
fn schema_enums_list_every_variant() {
    let root = schema();
    let tree = full_tree();
    let defs = root.get("$defs").unwrap();
    let mut seen: std::collections::BTreeMap<&str, BTreeSet<String>> = Default::default();
    let collect = |list: &Node, field: &str| -> BTreeSet<String> {
        match &list.value {
            Value::Array(a) => a
                .iter()
                .filter_map(|n| match &n.get(field)?.value {
                    Value::String(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
            _ => BTreeSet::new(),
        }
    };
    seen.insert("ActorKind", collect(tree.get("actors").unwrap(), "kind"));
    seen.insert("Stance", collect(tree.get("relations").unwrap(), "stance"));
    let observations = tree.get("indicators").and_then(|i| match &i.value {
        Value::Array(a) => a.first().and_then(|x| x.get("observations")),
        _ => None,
    });
    seen.insert("Qualifier", collect(observations.unwrap(), "qualifier"));
    for (def, values) in seen {
        let declared: BTreeSet<String> = strings(defs.get(def).unwrap().get("enum")).into_iter().collect();
        assert_eq!(values.len(), 5, "the sample uses every {}", def);
        assert_eq!(declared, values, "{} enum", def);
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
        for field in keys(def.get("properties").unwrap()) {
            let mut copy = tree.clone();
            if let Value::Object(m) = &mut at_path_mut(&mut copy, path).value {
                m.retain(|(k, _)| k.name != field);
            }
            let decoded = brief_insights::decode::decode_brief(&copy);
            let where_ = format!("{}.{}", json::path_string(path), field);
            if required.contains(&field) {
                assert!(decoded.is_err(), "{} is required in the schema but the model accepts it missing", where_);
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
        if let Value::Object(m) = &mut at_path_mut(&mut copy, path).value {
            m.push((key("unexpectedField"), node(Value::Null)));
        }
        assert!(
            brief_insights::decode::decode_brief(&copy).is_err(),
            "{} rejects unknown fields",
            json::path_string(path)
        );
    }
    assert!(checked > 100, "{} fields checked", checked);
}

#[test]
fn patterns_are_the_validators() {
    let root = schema();
    let defs = root.get("$defs").unwrap();
    let pattern = |def: &str| match &defs.get(def).unwrap().get("pattern").unwrap().value {
        Value::String(s) => s.clone(),
        _ => panic!(),
    };
    assert_eq!(pattern("Id"), "^[a-z0-9]+(-[a-z0-9]+)*$");
    assert_eq!(pattern("DateSpec"), brief_insights::schema::date_pattern());
    // The regexes themselves are exercised against accepted and rejected dates and ids by ajv in
    // tests/node/schema.test.mjs (std Rust has no regex engine).
}
