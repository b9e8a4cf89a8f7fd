//! The JSON-LD block is valid JSON describing the brief as a schema.org Report with Claims and Datasets.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::load::json::{self, Node, Value};
use brief_insights::render::{render_citation, render_jsonld, Lang, RenderOptions};
use brief_insights::{load, load_embedded, LoadedBrief};

mod common;
use common::bare_brief;

fn parse_block(b: &LoadedBrief) -> Node {
    let html = render_jsonld(b);
    let body = html
        .strip_prefix("<script type=\"application/ld+json\">")
        .and_then(|s| s.strip_suffix("</script>"))
        .expect("a JSON-LD script element");
    assert!(!body.contains('<'), "no '<' inside the script");
    match json::parse(body) {
        Ok(n) => n,
        Err(d) => panic!("JSON-LD is not JSON: {}:{} {}", d.line, d.column, d.message),
    }
}

fn str_of<'a>(n: &'a Node, key: &str) -> &'a str {
    match n.get(key).map(|v| &v.value) {
        Some(Value::String(s)) => s,
        other => panic!("{} is not a string: {:?}", key, other),
    }
}

fn arr<'a>(n: &'a Node, key: &str) -> &'a [Node] {
    match n.get(key).map(|v| &v.value) {
        Some(Value::Array(a)) => a,
        other => panic!("{} is not an array: {:?}", key, other),
    }
}

#[test]
fn embedded_brief_is_a_report_with_claims_and_datasets() {
    let b = match load_embedded() {
        Ok(b) => b,
        Err(d) => panic!("embedded brief does not load: {:?}", d),
    };
    let root = parse_block(&b);
    assert_eq!(str_of(&root, "@context"), "https://schema.org");
    assert_eq!(str_of(&root, "@type"), "Report");
    assert_eq!(str_of(&root, "reportNumber"), "2025-30");
    assert_eq!(str_of(&root, "datePublished"), "2025-11-19");
    assert_eq!(str_of(&root, "inLanguage"), "en");
    let author = &arr(&root, "author")[0];
    assert_eq!(str_of(author, "@type"), "Person");
    assert_eq!(str_of(author.get("affiliation").expect("affiliation"), "name"), "Sejong Institute");
    assert_eq!(str_of(root.get("publisher").expect("publisher"), "@type"), "Organization");
    // The Sejong brief's summary is the editor's: it is not the report's abstract.
    assert!(root.get("abstract").is_none());

    let parts = arr(&root, "hasPart");
    let claims: Vec<&Node> = parts.iter().filter(|p| str_of(p, "@type") == "Claim").collect();
    let datasets: Vec<&Node> = parts.iter().filter(|p| str_of(p, "@type") == "Dataset").collect();
    assert_eq!(datasets.len(), b.brief.indicators.len());
    let expected_claims = b.brief.key_judgments.len()
        + b.brief.axes.len()
        + b.brief.relations.len()
        + b.brief.projects.len()
        + b.brief.events.len()
        + b.brief.recommendations.len();
    assert_eq!(claims.len(), expected_claims);
    for c in &claims {
        let appearance = arr(c, "appearance");
        assert!(!appearance.is_empty(), "claim {} has an appearance", str_of(c, "identifier"));
        assert!(!str_of(&appearance[0], "text").is_empty());
        assert_eq!(str_of(&appearance[0], "@type"), "Quotation");
        let author = c.get("author").expect("claims have an author");
        assert_ne!(str_of(author, "name"), "Sejong Institute", "a claim is never the publisher's");
    }
    let exchange = datasets.iter().find(|d| !arr(d, "variableMeasured").is_empty()).expect("an indicator with values");
    let values = arr(exchange, "variableMeasured");
    assert!(values.iter().any(|v| v.get("minValue").is_some()));
}

#[test]
fn source_url_gives_report_url_and_quote_links() {
    let text = r#"{"format": 1,
      "meta": {"series": "S", "number": "7", "title": "T", "date": "2024-05", "authors": [{"name": "A"}],
               "publisher": "P", "language": "ko", "paragraphs": 2, "sourceUrl": "https://example.org/brief?id=7#old"},
      "keyJudgments": [{"id": "j", "text": "J", "evidence": [{"paragraph": 2,
        "quote": "North Korea–Russia ties, expanded North Korea–China economic cooperation & sanctions weaken the effect"}]}]}"#;
    let b = load(text).expect("brief loads");
    let root = parse_block(&b);
    assert_eq!(str_of(&root, "url"), "https://example.org/brief?id=7");
    assert_eq!(str_of(&root, "inLanguage"), "ko");
    let claim = &arr(&root, "hasPart")[0];
    let link = str_of(&arr(claim, "appearance")[0], "url");
    // Long quotes use textStart,textEnd; '-', '&' and ',' are percent-encoded.
    assert_eq!(
        link,
        "https://example.org/brief?id=7#:~:text=North%20Korea%E2%80%93Russia%20ties%2C%20expanded%20North,%26%20sanctions%20weaken%20the%20effect"
    );
    let dialog = render_citation(&b, "j", &RenderOptions { lang: Lang::En, ..Default::default() }).expect("citation");
    assert!(dialog.contains("rel=\"noopener noreferrer\" target=\"_blank\""));
    assert!(dialog.contains("#:~:text=North%20Korea%E2%80%93Russia"));
    assert!(dialog.contains("Paragraph 2"));
    // Without a language asked for, the labels follow the brief's (Korean here).
    let korean = render_citation(&b, "j", &RenderOptions::default()).expect("citation");
    assert!(korean.contains("2문단"), "{korean}");
    // The quotes are part of the brief, at its page.
    let quote = &arr(claim, "appearance")[0];
    let part_of = quote.get("isPartOf").expect("isPartOf");
    assert_eq!(str_of(part_of, "name"), "T");
    assert_eq!(str_of(part_of, "@id"), "https://example.org/brief?id=7");
}

/// A brief with a summary, an editor (or none), a publisher (or none) and one item of each exported kind.
fn provenance_brief(editor: &str, publisher: &str) -> String {
    format!(
        r#"{{"format": 1,
      "meta": {{"series": "S", "number": "7", "title": "The brief", "date": "2024-05", "authors": [{{"name": "A"}}],
               {publisher} "language": "en", "paragraphs": 2, "summary": "The editor's own summary.", {editor}
               "subject": "land"}},
      "keyJudgments": [{{"id": "j", "text": "Editor's paraphrase", "evidence": [{{"paragraph": 1, "quote": "The brief says so."}}]}}],
      "actors": [{{"id": "land", "name": "Land", "kind": "state", "description": "Editor's description",
                   "evidence": [{{"paragraph": 1, "quote": "Land."}}]}}],
      "indicators": [{{"id": "gdp", "name": "GDP", "observations": [{{"id": "gdp-2033", "label": "by 2033", "date": "2033",
                       "status": "target", "qualifier": "exact", "low": 5, "evidence": [{{"paragraph": 2, "quote": "five by 2033"}}]}}],
                       "evidence": [{{"paragraph": 2, "quote": "GDP grows."}}]}}]}}"#
    )
}

#[test]
fn editor_text_is_never_exported_as_the_publisher_s() {
    let text = provenance_brief(r#""editor": "E. Ditor","#, r#""publisher": "The Institute","#);
    let b = load(&text).expect("brief loads");
    let root = parse_block(&b);
    // The editor's summary is not the report's abstract, nor anywhere else in the data.
    assert!(root.get("abstract").is_none());
    assert!(!render_jsonld(&b).contains("The editor's own summary"));
    // Nor are the editor's descriptions of actors given as the report's.
    assert!(!render_jsonld(&b).contains("Editor's description"));
    // The report is the brief's: its authors and publisher.
    assert_eq!(str_of(&arr(&root, "author")[0], "name"), "A");
    assert_eq!(str_of(root.get("publisher").expect("publisher"), "name"), "The Institute");
    // The structured data, every claim and every dataset are the editor's, not the publisher's.
    let sd = root.get("sdPublisher").expect("sdPublisher");
    assert_eq!((str_of(sd, "@type"), str_of(sd, "name")), ("Person", "E. Ditor"));
    let parts = arr(&root, "hasPart");
    assert_eq!(parts.len(), 2);
    for part in parts {
        let author = part.get("author").expect("every part has an author");
        assert_eq!(str_of(author, "name"), "E. Ditor", "{}", str_of(part, "identifier"));
        // Quotes are the brief's: Quotations that are part of the report.
        for quote in arr(part, "appearance") {
            assert_eq!(str_of(quote, "@type"), "Quotation");
            assert_eq!(str_of(quote.get("isPartOf").expect("isPartOf"), "name"), "The brief");
        }
    }
    let claim = parts.iter().find(|p| str_of(p, "@type") == "Claim").expect("a claim");
    assert_eq!(str_of(claim, "text"), "Editor's paraphrase");
    assert_eq!(str_of(&arr(claim, "appearance")[0], "text"), "The brief says so.");
}

#[test]
fn without_editor_or_publisher_the_generic_editor_authors_and_no_publisher_is_made_up() {
    let b = load(&provenance_brief("", "")).expect("brief without publisher loads");
    let root = parse_block(&b);
    assert!(root.get("publisher").is_none(), "no publisher when the brief names none");
    let sd = root.get("sdPublisher").expect("sdPublisher");
    assert_eq!((str_of(sd, "@type"), str_of(sd, "name")), ("Organization", "brief-insights editor"));
    for part in arr(&root, "hasPart") {
        assert_eq!(str_of(part.get("author").expect("author"), "name"), "brief-insights editor");
    }
}

#[test]
fn minimal_brief_jsonld_is_valid() {
    let b = load(&bare_brief("")).expect("loads");
    let root = parse_block(&b);
    assert!(arr(&root, "hasPart").is_empty());
    assert!(root.get("url").is_none());
}
