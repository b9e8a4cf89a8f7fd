//! `brief-insights stats`: how much of the brief is encoded and how well it is cited. Works on a brief
//! that has the right shape even while it still has semantic problems (items without evidence are one),
//! because that is when an author needs it.

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
    /// Body paragraphs no evidence points at, in order (the first [`MAX_LISTED`]).
    pub uncited_paragraphs: Vec<u32>,
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
    // `paragraphs` is the author's number and may be absurd; list only the first few gaps.
    let uncited_paragraphs = (1..=paragraphs).filter(|p| !cited.contains(p)).take(MAX_LISTED).collect();
    let without_evidence = items
        .iter()
        .filter(|i| i.kind() != ItemKind::RecommendationArea && i.evidence().is_empty())
        .map(|i| i.id().to_string())
        .collect();
    Stats { counts, items: items.len(), quotes, paragraphs, cited_paragraphs, uncited_paragraphs, without_evidence }
}

fn list_or_none<T: ToString>(values: &[T]) -> String {
    if values.is_empty() {
        "none".into()
    } else {
        values.iter().map(T::to_string).collect::<Vec<_>>().join(", ")
    }
}

pub fn text(file: &str, brief: &Brief, stats: &Stats, problems: usize) -> String {
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
    out.push_str(&format!("  items without evidence: {}\n", list_or_none(&stats.without_evidence)));
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
    without_evidence: &'a [String],
    problems: usize,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str, brief: &'a Brief, stats: &'a Stats, problems: usize) -> Report<'a> {
        Report {
            file,
            title: &brief.meta.title,
            counts: &stats.counts,
            items: stats.items,
            quotes: stats.quotes,
            paragraphs: stats.paragraphs,
            cited_paragraphs: stats.cited_paragraphs,
            uncited_paragraphs: &stats.uncited_paragraphs,
            without_evidence: &stats.without_evidence,
            problems,
        }
    }
}

fn counts_by_kind<S: Serializer>(
    counts: &&[(ItemKind, &'static str, usize)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(counts.iter().map(|(kind, _, n)| (kind.as_str(), n)))
}
