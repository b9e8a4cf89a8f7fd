//! The query API on a small brief whose answers are known by construction.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use brief_insights::{load, ItemKind, LoadedBrief};

fn brief() -> LoadedBrief {
    let text = common::with(
        r#""events": ["#,
        r#""projects": [
    { "id": "harbour", "name": "Harbour works", "sector": "transport", "actors": ["sea"], "axes": ["growth"],
      "date": "2023", "evidence": [{ "paragraph": 2, "quote": "The harbour was built." }] },
    { "id": "farm", "name": "Farm", "sector": "agriculture", "related": ["harbour"],
      "evidence": [{ "paragraph": 3, "quote": "A farm too." }] }
  ],
  "indicators": [
    { "id": "rate", "name": "Rate", "unit": "units", "evidence": [{ "paragraph": 1, "quote": "Rates rose." }],
      "observations": [
        { "id": "rate-then", "label": "then", "qualifier": "range", "low": 10, "high": 19, "evidence": [{ "paragraph": 1, "quote": "tens" }] },
        { "id": "rate-now", "label": "now", "date": "2024-summer", "qualifier": "atLeast", "low": 30, "evidence": [{ "paragraph": 1, "quote": "thirty" }] }
      ] }
  ],
  "events": [
    { "id": "plan", "title": "Plan period", "date": "2021/2025", "evidence": [{ "paragraph": 1, "quote": "A plan." }] },
    { "id": "day-one", "title": "Day one", "date": "2024-05-01", "evidence": [{ "paragraph": 1, "quote": "On day one." }] },"#,
    );
    load(&text).unwrap_or_else(|d| panic!("{}", d))
}

#[test]
fn items_by_axis_include_the_axis_and_tagged_items() {
    let b = brief();
    let ids: Vec<&str> = b.items_by_axis("growth").iter().map(|i| i.id()).collect();
    assert_eq!(ids, ["growth", "land-sea", "harbour"]);
}

#[test]
fn items_by_actor() {
    let b = brief();
    let ids: Vec<&str> = b.items_by_actor("sea").iter().map(|i| i.id()).collect();
    assert_eq!(ids, ["sea", "land-sea", "harbour", "summit"]);
}

#[test]
fn sectors_and_projects_by_sector() {
    let b = brief();
    assert_eq!(b.sectors(), ["transport", "agriculture"]);
    assert_eq!(b.projects_by_sector(Some("agriculture")).len(), 1);
    assert_eq!(b.projects_by_sector(None).len(), 2);
    assert!(b.projects_by_sector(Some("space")).is_empty());
}

#[test]
fn partners_from_both_sides() {
    let b = brief();
    let land = b.partners("land");
    assert_eq!(land.len(), 1);
    assert_eq!(land[0].partner.id, "sea");
    assert_eq!(land[0].relation.role, "Trade partner");
    assert!(!land[0].incoming);
    let sea = b.partners("sea");
    assert_eq!(sea[0].partner.id, "land");
    assert!(sea[0].incoming);
}

#[test]
fn timeline_is_ordered_by_start_then_precision() {
    let b = brief();
    let ids: Vec<&str> = b.timeline().iter().map(|e| e.item.id()).collect();
    // 2021/2025 starts first; 2023 (a year) next; May 2024 as a month and 1 May 2024 as a day start on
    // the same day, the finer first; summer 2024 last.
    assert_eq!(ids, ["plan", "harbour", "day-one", "summit", "rate-now"]);
}

#[test]
fn indicator_series_and_evidence() {
    let b = brief();
    let rate = b.indicator("rate").expect("indicator");
    assert_eq!(rate.observations.len(), 2);
    assert_eq!(rate.observations[1].low, Some(30.0));
    assert_eq!(b.evidence("rate-then").unwrap()[0].quote, "tens");
    assert!(b.evidence("nope").is_none());
    assert!(b.indicator("land").is_none());
}

#[test]
fn related_goes_both_ways() {
    let b = brief();
    let from_farm: Vec<&str> = b.related("farm").iter().map(|i| i.id()).collect();
    assert_eq!(from_farm, ["harbour"]);
    let to_harbour: Vec<&str> = b.related("harbour").iter().map(|i| i.id()).collect();
    assert_eq!(to_harbour, ["growth", "sea", "farm"]);
    assert!(b.related("missing").is_empty());
}

#[test]
fn item_lookup_covers_every_kind() {
    let b = brief();
    assert_eq!(b.item("rate-now").unwrap().kind(), ItemKind::Observation);
    assert_eq!(b.item("land-sea").unwrap().kind(), ItemKind::Relation);
    assert_eq!(b.items().len(), 12);
}

#[test]
fn embedded_brief_is_the_committed_file_minified() {
    let embedded = brief_insights::load_embedded().unwrap_or_else(|d| panic!("{}", d));
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/briefs/sejong-2025-30.json")).unwrap();
    assert!(brief_insights::EMBEDDED_BRIEF_JSON.len() < file.len());
    assert_eq!(embedded.brief, load(&file).unwrap().brief);
}
