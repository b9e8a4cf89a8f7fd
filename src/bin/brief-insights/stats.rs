//! `brief-insights stats`: how much of the brief is encoded and how well it is cited. Works on a brief
//! that has the right shape even while it still has semantic problems (items without evidence are one),
//! because that is when an author needs it.

use brief_insights::load::source::{self, Coverage};
use brief_insights::model::Brief;
use brief_insights::query::all_items;
use brief_insights::ItemKind;
use serde::{Serialize, Serializer};
use std::collections::BTreeSet;

/// Longest list of uncited paragraphs printed.
const MAX_LISTED: usize = 50;

const KINDS: [(ItemKind, &str); 10] = [
    (ItemKind::Judgment, "key judgments"),
    (ItemKind::Axis, "axes"),
    (ItemKind::Actor, "actors"),
    (ItemKind::Relation, "relations"),
    (ItemKind::Project, "projects"),
    (ItemKind::Indicator, "indicators"),
    (ItemKind::Observation, "observations"),
    (ItemKind::Event, "events"),
    (ItemKind::RecommendationArea, "recommendation areas"),
    (ItemKind::Recommendation, "recommendations"),
];

pub struct Stats {
    pub counts: Vec<(ItemKind, &'static str, usize)>,
    pub items: usize,
    pub quotes: usize,
    pub paragraphs: u32,
    pub cited_paragraphs: usize,
    /// Body paragraphs no evidence points at, in order (the first [`MAX_LISTED`]), other than those
    /// left uncited on purpose.
    pub uncited_paragraphs: Vec<u32>,
    /// `meta.source.uncited`: paragraphs the author leaves uncited on purpose.
    pub deliberately_uncited: Vec<u32>,
    /// Ids of items that need evidence and have none.
    pub without_evidence: Vec<String>,
}

pub fn compute(brief: &Brief) -> Stats {
    let items = all_items(brief);
    let counts = KINDS.iter().map(|(k, label)| (*k, *label, items.iter().filter(|i| i.kind() == *k).count())).collect();
    let quotes = items.iter().map(|i| i.evidence().len()).sum();
    let paragraphs = brief.meta.paragraphs;
    let cited: BTreeSet<u32> = items
        .iter()
        .flat_map(|i| i.evidence().iter().map(|e| e.paragraph))
        .filter(|p| (1..=paragraphs).contains(p))
        .collect();
    let cited_paragraphs = cited.len();
    let deliberately_uncited: Vec<u32> = brief.meta.source.as_ref().map_or_else(Vec::new, |s| s.uncited.clone());
    // `paragraphs` is the author's number and may be absurd; list only the first few gaps.
    let uncited_paragraphs =
        (1..=paragraphs).filter(|p| !cited.contains(p) && !deliberately_uncited.contains(p)).take(MAX_LISTED).collect();
    let without_evidence = items
        .iter()
        .filter(|i| i.kind() != ItemKind::RecommendationArea && i.evidence().is_empty())
        .map(|i| i.id().to_string())
        .collect();
    Stats {
        counts,
        items: items.len(),
        quotes,
        paragraphs,
        cited_paragraphs,
        uncited_paragraphs,
        deliberately_uncited,
        without_evidence,
    }
}

/// How much of the brief's text (`meta.source`) the quotes cover.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceCoverage {
    /// The text file as `meta.source.text` names it.
    pub text: String,
    pub paragraphs: usize,
    pub sentences: usize,
    pub cited_sentences: usize,
    /// Paragraphs no quote is found in, other than those left uncited on purpose.
    pub not_cited: Vec<u32>,
    /// `meta.source.uncited`.
    pub deliberately_uncited: Vec<u32>,
    /// Quotes not found in the paragraph they cite (`validate` says which); they cover nothing.
    pub quotes_not_found: usize,
    #[serde(rename = "byParagraph")]
    pub coverage: Vec<source::ParagraphCoverage>,
}

impl SourceCoverage {
    pub fn new(brief: &Brief, text: &str) -> SourceCoverage {
        let coverage: Coverage = source::coverage(brief, text);
        let quotes_not_found = source::check_quotes(brief, text).iter().filter(|d| d.path.ends_with(".quote")).count();
        SourceCoverage {
            text: brief.meta.source.as_ref().map_or_else(String::new, |s| s.text.clone()),
            paragraphs: coverage.paragraphs.len(),
            sentences: coverage.sentences(),
            cited_sentences: coverage.cited_sentences(),
            not_cited: coverage.not_cited(),
            deliberately_uncited: brief.meta.source.as_ref().map_or_else(Vec::new, |s| s.uncited.clone()),
            quotes_not_found,
            coverage: coverage.paragraphs,
        }
    }
}

/// Longest part of a sentence shown in the text report.
const SENTENCE_SHOWN: usize = 72;

fn shortened(sentence: &str) -> String {
    if sentence.chars().count() <= SENTENCE_SHOWN {
        return sentence.to_string();
    }
    let mut short: String = sentence.chars().take(SENTENCE_SHOWN - 1).collect();
    short.push('…');
    short
}

fn coverage_text(c: &SourceCoverage) -> String {
    let percent = (c.cited_sentences * 100).checked_div(c.sentences).unwrap_or(0);
    let mut out = format!(
        "  text {}: {} paragraphs, {} sentences; {} sentences cited ({}%)\n",
        c.text, c.paragraphs, c.sentences, c.cited_sentences, percent
    );
    out.push_str(&format!("  paragraphs of the text no quote is found in: {}\n", list_or_none(&c.not_cited)));
    if !c.deliberately_uncited.is_empty() {
        out.push_str(&format!("  left uncited on purpose: {}\n", list_or_none(&c.deliberately_uncited)));
    }
    if c.quotes_not_found > 0 {
        out.push_str(&format!(
            "  {} quote{} not found in the paragraph cited; they cover nothing\n",
            c.quotes_not_found,
            if c.quotes_not_found == 1 { "" } else { "s" }
        ));
    }
    for p in &c.coverage {
        let note = if p.uncited_on_purpose { " (uncited on purpose)" } else { "" };
        out.push_str(&format!("  paragraph {}{}:\n", p.number, note));
        for (i, sentence) in p.sentences.iter().enumerate() {
            let by = if sentence.cited_by.is_empty() { "-".to_string() } else { sentence.cited_by.join(", ") };
            out.push_str(&format!("    {:>2}. [{}] {}\n", i + 1, by, shortened(&sentence.text)));
        }
    }
    out
}

fn list_or_none<T: ToString>(values: &[T]) -> String {
    if values.is_empty() {
        "none".into()
    } else {
        values.iter().map(T::to_string).collect::<Vec<_>>().join(", ")
    }
}

pub fn text(file: &str, brief: &Brief, stats: &Stats, problems: usize, coverage: Option<&SourceCoverage>) -> String {
    let mut out = format!("{}: {} {}: {}\n", file, brief.meta.series, brief.meta.number, brief.meta.title);
    for (_, label, n) in &stats.counts {
        out.push_str(&format!("  {:<22}{:>5}\n", label, n));
    }
    out.push_str(&format!("  {:<22}{:>5}\n", "items in all", stats.items));
    out.push_str(&format!("  {:<22}{:>5}\n", "evidence quotes", stats.quotes));
    out.push_str(&format!(
        "  paragraphs cited: {} of {}; never cited: {}\n",
        stats.cited_paragraphs,
        stats.paragraphs,
        list_or_none(&stats.uncited_paragraphs)
    ));
    if !stats.deliberately_uncited.is_empty() {
        out.push_str(&format!(
            "  uncited on purpose (meta.source.uncited): {}\n",
            list_or_none(&stats.deliberately_uncited)
        ));
    }
    out.push_str(&format!("  items without evidence: {}\n", list_or_none(&stats.without_evidence)));
    if let Some(c) = coverage {
        out.push_str(&coverage_text(c));
    }
    if problems > 0 {
        out.push_str(&format!(
            "  {} problem{} found; run `brief-insights validate {}`\n",
            problems,
            if problems == 1 { "" } else { "s" },
            file
        ));
    }
    out
}

/// `stats --format json`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report<'a> {
    file: &'a str,
    title: &'a str,
    /// Items of each kind, keyed by the kind's name, in the order of [`KINDS`].
    #[serde(serialize_with = "counts_by_kind")]
    counts: &'a [(ItemKind, &'static str, usize)],
    items: usize,
    quotes: usize,
    paragraphs: u32,
    cited_paragraphs: usize,
    uncited_paragraphs: &'a [u32],
    deliberately_uncited: &'a [u32],
    without_evidence: &'a [String],
    problems: usize,
    /// Present when the brief's text was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    coverage: Option<&'a SourceCoverage>,
}

impl<'a> Report<'a> {
    pub fn new(
        file: &'a str,
        brief: &'a Brief,
        stats: &'a Stats,
        problems: usize,
        coverage: Option<&'a SourceCoverage>,
    ) -> Report<'a> {
        Report {
            file,
            title: &brief.meta.title,
            counts: &stats.counts,
            items: stats.items,
            quotes: stats.quotes,
            paragraphs: stats.paragraphs,
            cited_paragraphs: stats.cited_paragraphs,
            uncited_paragraphs: &stats.uncited_paragraphs,
            deliberately_uncited: &stats.deliberately_uncited,
            without_evidence: &stats.without_evidence,
            problems,
            coverage,
        }
    }
}

fn counts_by_kind<S: Serializer>(
    counts: &&[(ItemKind, &'static str, usize)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(counts.iter().map(|(kind, _, n)| (kind.as_str(), n)))
}
