//! The JSON-LD block is valid JSON describing the brief as a schema.org Report with Claims and Datasets.

use brief_insights::load::json::{self, Node, Value};
use brief_insights::render::{render_citation, render_jsonld, RenderOptions};
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
    let dialog = render_citation(&b, "j", &RenderOptions::default()).expect("citation");
    assert!(dialog.contains("rel=\"noopener noreferrer\" target=\"_blank\""));
    assert!(dialog.contains("#:~:text=North%20Korea%E2%80%93Russia"));
    assert!(dialog.contains("Paragraph 2"));
}

#[test]
fn minimal_brief_jsonld_is_valid() {
    let b = load(&bare_brief("")).expect("loads");
    let root = parse_block(&b);
    assert!(arr(&root, "hasPart").is_empty());
    assert!(root.get("url").is_none());
}
