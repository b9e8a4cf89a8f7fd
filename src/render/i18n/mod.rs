//! Every string the renderer adds to a brief's own text, plus the formatting of numbers, dates and counts
//! that differs between languages. Brief text is shown as written.
//!
//! Each UI language is one file implementing [`Labels`]: `en.rs` (English, also the fallback) and
//! `ko.rs` (Korean). To add a language, say French:
//! 1. write `fr.rs` with `pub(crate) struct French;` and `impl Labels for French` (copy `en.rs`; the
//!    compiler lists every method and every `match` arm that needs a text);
//! 2. add `mod fr;` below, the variant `Lang::Fr` in `src/render/mod.rs` with its tag in `Lang::as_str`
//!    and in `Lang::UI`, and its arm in [`labels`].
//!
//! A brief whose `meta.language` has that primary subtag is then labelled in French unless the page asks
//! for another language.

mod en;
mod ko;

use super::{Lang, View};
use crate::model::date::{DatePoint, ParsedDate, Precision};
use crate::model::{ActorKind, Qualifier, Stance, Status};
use crate::query::ItemKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    ViewsLabel,
    By,
    Published,
    Summary,
    KeyJudgments,
    PolicyAxes,
    NoJudgments,
    NoAxes,
    Source,
    Close,
    OpenInSource,
    Evidence,
    QuotesFrom,
    ShowSourceFor,
    DataTable,
    Authors,
    // Partners
    PartnerNetwork,
    PartnerNetworkDesc,
    Relations,
    Actors,
    Role,
    Stance,
    Fields,
    NoRelations,
    NoActors,
    NoActorRelations,
    SelectedActor,
    LegendTitle,
    Member,
    // Projects
    FilterBySector,
    AllSectors,
    Sector,
    Place,
    PolicyFrame,
    Timing,
    ClaimedResults,
    RisksAssessment,
    NoProjects,
    NoProjectsInSector,
    MapTitle,
    MapApproximate,
    MapExact,
    CoordinatesSource,
    OutlineAttribution,
    NotMapped,
    NoCoordinates,
    OutsideMap,
    MapSkipped,
    MappedProjects,
    // Timeline
    TimelineChart,
    TimelineChartDesc,
    Precision,
    Period,
    NoEvents,
    // Economy
    NoIndicators,
    When,
    Value,
    Qualifier,
    Note,
    Unit,
    NoNumbers,
    RelatedIndicators,
    ChartHonesty,
    // Recommendations
    AddressedTo,
    NoRecommendations,
    OtherRecommendations,
    // Search
    SearchLabel,
    SearchPlaceholder,
    SearchPrompt,
    NoResults,
    // Provenance
    ProvenanceTitle,
    ProvQuote,
    ProvParaphrase,
    ProvClassification,
    ProvInferred,
    ProvLegendQuote,
    ProvLegendParaphrase,
    ProvLegendClassification,
    ProvLegendInferred,
    // Statuses, undated items, places
    Undated,
    UndatedNote,
    StatusNote,
    Places,
    NoMap,
    MapArea,
    // Pieces
    WholeBrief,
}

/// What a UI language provides: its texts, and how it writes dates and counts.
pub(crate) trait Labels {
    /// The text of a message.
    fn msg(&self, msg: Msg) -> &'static str;
    /// A view's tab and title.
    fn view(&self, view: View) -> &'static str;
    /// A stance's name.
    fn stance(&self, s: Stance) -> &'static str;
    /// How a stance is drawn, in words, so the legend does not rely on colour.
    fn stance_pattern(&self, s: Stance) -> &'static str;
    fn actor_kind(&self, k: ActorKind) -> &'static str;
    fn item_kind(&self, k: ItemKind) -> &'static str;
    fn qualifier(&self, q: Qualifier) -> &'static str;
    fn precision(&self, p: Precision) -> &'static str;
    /// A value's or an event's status ("plan", "target"), shown beside it.
    fn status(&self, s: Status) -> &'static str;
    /// A season by its number (1 spring … 4 winter, as `DatePoint::part` gives it).
    fn season(&self, part: u32) -> &'static str;
    /// The language's name for a common sector slug, for briefs that give no `sectors` label; `None`:
    /// the slug is shown prettified.
    fn sector(&self, _slug: &str) -> Option<&'static str> {
        None
    }
    /// One date point in words: "19 November 2025", "2025년 하반기".
    fn date_point(&self, p: &DatePoint) -> String;
    /// A period of whole years: "2021–2025", "2021–2025년".
    fn year_period(&self, from: i32, to: i32) -> String;
    /// "Paragraph 4", "4문단".
    fn paragraph(&self, n: u32) -> String;
    /// `count` (already formatted) items: "3 items", "항목 3개".
    fn count_items(&self, n: usize, count: &str) -> String;
    /// `count` (already formatted) search results: "3 results", "검색 결과 3건".
    fn count_results(&self, n: usize, count: &str) -> String;
}

/// The texts of a language. `Lang::Auto` is resolved against the brief before rendering
/// ([`Lang::resolve`]); should it reach here, it reads as English.
pub(crate) fn labels(lang: Lang) -> &'static dyn Labels {
    match lang {
        Lang::Auto | Lang::En => &en::English,
        Lang::Ko => &ko::Korean,
    }
}

/// The text of a message in a language.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    labels(lang).msg(msg)
}

pub fn view_label(lang: Lang, view: View) -> &'static str {
    labels(lang).view(view)
}

/// Every stance, in the order the legend lists them.
pub const STANCES: [Stance; 7] = [
    Stance::Cooperative,
    Stance::Ambivalent,
    Stance::Conditional,
    Stance::Tense,
    Stance::Disputed,
    Stance::Hostile,
    Stance::Neutral,
];

pub fn stance_label(lang: Lang, s: Stance) -> &'static str {
    labels(lang).stance(s)
}

/// How the stance is drawn, in words, so the legend does not rely on colour.
pub fn stance_pattern(lang: Lang, s: Stance) -> &'static str {
    labels(lang).stance_pattern(s)
}

/// The stance's name in class names (`bi-stance-hostile`): the same in every language.
pub fn stance_slug(s: Stance) -> &'static str {
    match s {
        Stance::Cooperative => "cooperative",
        Stance::Ambivalent => "ambivalent",
        Stance::Conditional => "conditional",
        Stance::Hostile => "hostile",
        Stance::Neutral => "neutral",
        Stance::Tense => "tense",
        Stance::Disputed => "disputed",
    }
}

/// The status's name in class names (`bi-status-target`): the same in every language.
pub fn status_slug(s: Status) -> &'static str {
    match s {
        Status::Actual => "actual",
        Status::Plan => "plan",
        Status::Target => "target",
        Status::Forecast => "forecast",
    }
}

pub fn status_label(lang: Lang, s: Status) -> &'static str {
    labels(lang).status(s)
}

pub fn actor_kind_label(lang: Lang, k: ActorKind) -> &'static str {
    labels(lang).actor_kind(k)
}

pub fn item_kind_label(lang: Lang, k: ItemKind) -> &'static str {
    labels(lang).item_kind(k)
}

pub fn qualifier_label(lang: Lang, q: Qualifier) -> &'static str {
    labels(lang).qualifier(q)
}

pub fn precision_label(lang: Lang, p: Precision) -> &'static str {
    labels(lang).precision(p)
}

/// A sector slug as a label, for a sector the brief gives no `sectors` entry: the language's name for a
/// few common sectors, else the slug with hyphens as spaces and a capital first letter.
pub fn sector_label(lang: Lang, sector: &str) -> String {
    if let Some(label) = labels(lang).sector(sector) {
        return label.to_string();
    }
    let spaced = sector.replace('-', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_ascii_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// "Paragraph 4" / "4문단".
pub fn paragraph_label(lang: Lang, n: u32) -> String {
    labels(lang).paragraph(n)
}

/// "1 item", "30,000 items", "항목 3개".
pub fn count_items(lang: Lang, n: usize) -> String {
    labels(lang).count_items(n, &format_number(n as f64))
}

/// "1 result", "12 results", "검색 결과 3건".
pub fn count_results(lang: Lang, n: usize) -> String {
    labels(lang).count_results(n, &format_number(n as f64))
}

/// "North Korea → Russia: Military–security partner" (the arrow reads the same in every language).
pub fn relation_summary(from: &str, to: &str, role: &str) -> String {
    format!("{from} → {to}: {role}")
}

/// `v` grouped by thousands: `30000` → `30,000`; `2.5` → `2.5`; at most two decimals, a true minus sign
/// for negatives. Non-finite numbers (which no valid brief holds) show as `?` rather than `inf`.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return "?".into();
    }
    let rounded = (v * 100.0).round() / 100.0;
    let abs = rounded.abs();
    let whole = abs.trunc();
    let hundredths = ((abs - whole) * 100.0).round() as u64;
    // Every whole `f64` below 2^128 converts exactly; larger ones saturate at `u128::MAX`.
    let digits = (whole as u128).to_string();
    let mut out = String::new();
    if rounded < 0.0 {
        out.push('−');
    }
    for (i, digit) in digits.char_indices() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    if hundredths > 0 {
        let fraction = format!("{hundredths:02}");
        out.push('.');
        out.push_str(fraction.trim_end_matches('0'));
    }
    out
}

/// A date in words: "December 2023", "second half of 2025", "2021–2025" / "2023년 12월", "2025년 하반기",
/// "2021–2025년" (nothing to escape).
pub fn date_label(lang: Lang, d: &ParsedDate) -> String {
    let labels = labels(lang);
    if !d.is_period {
        return labels.date_point(&d.start);
    }
    if d.start.precision == Precision::Year && d.end.precision == Precision::Year {
        return labels.year_period(d.start.year, d.end.year);
    }
    format!("{} – {}", labels.date_point(&d.start), labels.date_point(&d.end))
}

/// The precision of a date in words, e.g. "month" or "period (year)" (nothing to escape).
pub fn date_precision_label(lang: Lang, d: &ParsedDate) -> String {
    let precision = precision_label(lang, d.start.precision);
    if d.is_period {
        format!("{} ({precision})", tr(lang, Msg::Period))
    } else {
        precision.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateSpec;

    #[test]
    fn numbers_past_i64_are_grouped_exactly() {
        assert_eq!(format_number(1e20), "100,000,000,000,000,000,000");
        assert_eq!(format_number(-2f64.powi(70)), "−1,180,591,620,717,411,303,424");
        // Past u128, the figure saturates.
        assert_eq!(format_number(1e40), "340,282,366,920,938,463,463,374,607,431,768,211,455");
    }

    fn d(s: &str) -> ParsedDate {
        crate::model::date::parse(&DateSpec(s.into())).expect("valid test date")
    }

    #[test]
    fn numbers_have_thousands_separators() {
        assert_eq!(format_number(30000.0), "30,000");
        assert_eq!(format_number(8000.0), "8,000");
        assert_eq!(format_number(999.0), "999");
        assert_eq!(format_number(1234567.5), "1,234,567.5");
        assert_eq!(format_number(-1500.0), "−1,500");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(0.05), "0.05");
        assert_eq!(format_number(7.5), "7.5");
        assert_eq!(format_number(-0.001), "0");
        assert_eq!(format_number(f64::NAN), "?");
    }

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(date_label(Lang::En, &d("2023-12")), "December 2023");
        assert_eq!(date_label(Lang::Ko, &d("2023-12")), "2023년 12월");
        assert_eq!(date_label(Lang::En, &d("2025-H2")), "second half of 2025");
        assert_eq!(date_label(Lang::Ko, &d("2025-H2")), "2025년 하반기");
        assert_eq!(date_label(Lang::En, &d("2025-summer")), "summer 2025");
        assert_eq!(date_label(Lang::Ko, &d("2025-summer")), "2025년 여름");
        assert_eq!(date_label(Lang::En, &d("2025-11-19")), "19 November 2025");
        assert_eq!(date_label(Lang::Ko, &d("2025-11-19")), "2025년 11월 19일");
        assert_eq!(date_label(Lang::En, &d("2021/2025")), "2021–2025");
        assert_eq!(date_label(Lang::Ko, &d("2021/2025")), "2021–2025년");
        assert_eq!(date_label(Lang::En, &d("2025-Q3")), "third quarter of 2025");
        assert_eq!(date_label(Lang::Ko, &d("2025-Q3")), "2025년 3분기");
        assert_eq!(date_label(Lang::En, &d("2024-05/2025-H1")), "May 2024 – first half of 2025");
        assert_eq!(date_label(Lang::En, &d("2028-early")), "early 2028");
        assert_eq!(date_label(Lang::En, &d("2028-mid")), "mid 2028");
        assert_eq!(date_label(Lang::En, &d("2028-late")), "late 2028");
        assert_eq!(date_label(Lang::En, &d("2026-end")), "end of 2026");
        assert_eq!(date_label(Lang::Ko, &d("2028-early")), "2028년 초");
        assert_eq!(date_label(Lang::Ko, &d("2028-mid")), "2028년 중반");
        assert_eq!(date_label(Lang::Ko, &d("2028-late")), "2028년 말");
        assert_eq!(date_label(Lang::Ko, &d("2026-end")), "2026년 말");
        assert_eq!(date_precision_label(Lang::En, &d("2021/2025")), "period (year)");
        assert_eq!(date_precision_label(Lang::Ko, &d("2023-12")), "월");
    }

    #[test]
    fn labels_in_both_languages() {
        assert_eq!(tr(Lang::En, Msg::ViewsLabel), "Views");
        assert_eq!(tr(Lang::Ko, Msg::NoResults), "검색 결과가 없습니다.");
        assert_eq!(view_label(Lang::Ko, View::Search), "검색");
        assert_eq!(stance_slug(Stance::Neutral), "neutral");
        assert_eq!(precision_label(Lang::En, Precision::Year), "year");
        assert_eq!(count_items(Lang::En, 1), "1 item");
        assert_eq!(count_items(Lang::En, 30000), "30,000 items");
        assert_eq!(count_results(Lang::Ko, 3), "검색 결과 3건");
        assert_eq!(paragraph_label(Lang::Ko, 4), "4문단");
    }

    #[test]
    fn sectors_fall_back_to_the_slug() {
        assert_eq!(sector_label(Lang::En, "regional-construction"), "Regional construction");
        assert_eq!(sector_label(Lang::Ko, "healthcare"), "보건의료");
        assert_eq!(sector_label(Lang::En, "healthcare"), "Healthcare");
        assert_eq!(sector_label(Lang::Ko, "water-supply"), "Water supply");
        assert_eq!(sector_label(Lang::En, "élan"), "élan");
        assert_eq!(sector_label(Lang::En, ""), "");
    }
}
