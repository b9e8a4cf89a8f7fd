//! Every string the renderer adds to a brief's own text, in English and Korean, plus the formatting of
//! numbers, dates and counts that differs between the two.
//!
//! Each label function matches on the language first and then on what is labelled, so a language's
//! texts sit together. To add a language: add its variant to [`Lang`] (with its tag in `Lang::parse` and
//! `Lang::as_str`), then the compiler points at every `match lang` here, each of which needs an arm with
//! that language's texts: the messages ([`tr`]), view names, stances, actor and item kinds, qualifiers,
//! precisions, sectors, and the word order of counts, paragraphs and dates.

use super::{Lang, View};
use crate::model::date::{DatePoint, ParsedDate, Precision};
use crate::model::{ActorKind, Qualifier, Stance};
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
}

/// The text of a message in a language.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => english(msg),
        Lang::Ko => korean(msg),
    }
}

fn english(msg: Msg) -> &'static str {
    match msg {
        Msg::ViewsLabel => "Views",
        Msg::By => "By",
        Msg::Published => "Published",
        Msg::Summary => "Summary",
        Msg::KeyJudgments => "Key judgments",
        Msg::PolicyAxes => "Policy axes",
        Msg::NoJudgments => "This brief lists no key judgments.",
        Msg::NoAxes => "This brief names no policy axes.",
        Msg::Source => "Source",
        Msg::Close => "Close",
        Msg::OpenInSource => "Open this passage in the original",
        Msg::Evidence => "Evidence",
        Msg::QuotesFrom => "Quotes are from",
        Msg::ShowSourceFor => "Show source for:",
        Msg::DataTable => "Data table",
        Msg::Authors => "Authors",
        Msg::PartnerNetwork => "Partner network",
        Msg::PartnerNetworkDesc => {
            "Each line is a relation the brief describes; its pattern and label give the stance."
        }
        Msg::Relations => "Relations",
        Msg::Actors => "Actors",
        Msg::Role => "Role",
        Msg::Stance => "Stance",
        Msg::Fields => "Fields of cooperation",
        Msg::NoRelations => "This brief describes no relations between actors.",
        Msg::NoActors => "This brief names no actors.",
        Msg::NoActorRelations => "The brief describes no relations of this actor.",
        Msg::SelectedActor => "Selected actor",
        Msg::LegendTitle => "Line patterns",
        Msg::Member => "Part of",
        Msg::FilterBySector => "Filter by sector",
        Msg::AllSectors => "All sectors",
        Msg::Sector => "Sector",
        Msg::Place => "Place",
        Msg::PolicyFrame => "Policy frame",
        Msg::Timing => "Timing",
        Msg::ClaimedResults => "Claimed results",
        Msg::RisksAssessment => "Risks (the brief's assessment)",
        Msg::NoProjects => "This brief describes no projects.",
        Msg::NoProjectsInSector => "No projects in this sector.",
        Msg::MapTitle => "Project locations",
        Msg::MapApproximate => "Locations are approximate.",
        Msg::MapExact => "Locations as given by their source.",
        Msg::CoordinatesSource => "Coordinates:",
        Msg::OutlineAttribution => "Outline:",
        Msg::NotMapped => "Not mapped",
        Msg::NoCoordinates => "no coordinates",
        Msg::OutsideMap => "outside the map's area",
        Msg::MapSkipped => "Some projects lie outside the area this map shows, so they are listed instead.",
        Msg::MappedProjects => "Mapped projects",
        Msg::TimelineChart => "Timeline chart",
        Msg::TimelineChartDesc => "Dots are dates given to the day or month; bars span coarser dates and periods.",
        Msg::Precision => "Precision",
        Msg::Period => "period",
        Msg::NoEvents => "This brief gives no dated events.",
        Msg::NoIndicators => "This brief reports no indicators.",
        Msg::When => "When",
        Msg::Value => "Value",
        Msg::Qualifier => "Reading",
        Msg::Note => "Note",
        Msg::Unit => "Unit",
        Msg::NoNumbers => "The brief gives no figures for this indicator.",
        Msg::RelatedIndicators => "Related",
        Msg::ChartHonesty => "Only the values the brief states are drawn; nothing is drawn between them.",
        Msg::AddressedTo => "Addressed to",
        Msg::NoRecommendations => "This brief makes no recommendations.",
        Msg::OtherRecommendations => "Other recommendations",
        Msg::SearchLabel => "Search the brief",
        Msg::SearchPlaceholder => "Search insights and quotes",
        Msg::SearchPrompt => "Type a word to search the brief.",
        Msg::NoResults => "No results.",
    }
}

fn korean(msg: Msg) -> &'static str {
    match msg {
        Msg::ViewsLabel => "보기",
        Msg::By => "저자",
        Msg::Published => "발행일",
        Msg::Summary => "요약",
        Msg::KeyJudgments => "핵심 판단",
        Msg::PolicyAxes => "정책 축",
        Msg::NoJudgments => "이 브리프에는 핵심 판단이 없습니다.",
        Msg::NoAxes => "이 브리프에는 정책 축이 없습니다.",
        Msg::Source => "출처",
        Msg::Close => "닫기",
        Msg::OpenInSource => "원문에서 이 대목 보기",
        Msg::Evidence => "근거",
        Msg::QuotesFrom => "인용 출처:",
        Msg::ShowSourceFor => "출처 보기:",
        Msg::DataTable => "데이터 표",
        Msg::Authors => "저자",
        Msg::PartnerNetwork => "협력 관계망",
        Msg::PartnerNetworkDesc => "각 선은 브리프가 서술한 관계이며, 선의 모양과 이름표가 입장을 나타냅니다.",
        Msg::Relations => "관계",
        Msg::Actors => "행위자",
        Msg::Role => "역할",
        Msg::Stance => "입장",
        Msg::Fields => "협력 분야",
        Msg::NoRelations => "이 브리프에는 행위자 간 관계가 없습니다.",
        Msg::NoActors => "이 브리프에는 행위자가 없습니다.",
        Msg::NoActorRelations => "이 브리프에는 이 행위자의 관계가 없습니다.",
        Msg::SelectedActor => "선택한 행위자",
        Msg::LegendTitle => "선 모양",
        Msg::Member => "소속",
        Msg::FilterBySector => "분야별 보기",
        Msg::AllSectors => "전체 분야",
        Msg::Sector => "분야",
        Msg::Place => "장소",
        Msg::PolicyFrame => "정책 틀",
        Msg::Timing => "시기",
        Msg::ClaimedResults => "발표된 성과",
        Msg::RisksAssessment => "위험 요인 (브리프의 평가)",
        Msg::NoProjects => "이 브리프에는 사업이 없습니다.",
        Msg::NoProjectsInSector => "이 분야에는 사업이 없습니다.",
        Msg::MapTitle => "사업 위치",
        Msg::MapApproximate => "위치는 대략적입니다.",
        Msg::MapExact => "위치는 출처에 따른 것입니다.",
        Msg::CoordinatesSource => "좌표 출처:",
        Msg::OutlineAttribution => "윤곽선:",
        Msg::NotMapped => "지도에 없는 사업",
        Msg::NoCoordinates => "좌표 없음",
        Msg::OutsideMap => "지도 범위 밖",
        Msg::MapSkipped => "일부 사업은 지도 범위 밖에 있어 목록으로만 표시합니다.",
        Msg::MappedProjects => "지도에 표시된 사업",
        Msg::TimelineChart => "연표 그래프",
        Msg::TimelineChartDesc => "점은 일·월 단위 날짜이고, 막대는 그보다 넓은 시기와 기간을 나타냅니다.",
        Msg::Precision => "정밀도",
        Msg::Period => "기간",
        Msg::NoEvents => "이 브리프에는 날짜가 있는 사건이 없습니다.",
        Msg::NoIndicators => "이 브리프에는 지표가 없습니다.",
        Msg::When => "시점",
        Msg::Value => "값",
        Msg::Qualifier => "해석",
        Msg::Note => "비고",
        Msg::Unit => "단위",
        Msg::NoNumbers => "브리프는 이 지표의 수치를 제시하지 않습니다.",
        Msg::RelatedIndicators => "관련 항목",
        Msg::ChartHonesty => "브리프가 밝힌 값만 표시하며, 그 사이는 잇지 않습니다.",
        Msg::AddressedTo => "대상",
        Msg::NoRecommendations => "이 브리프에는 정책 제언이 없습니다.",
        Msg::OtherRecommendations => "기타 제언",
        Msg::SearchLabel => "브리프 검색",
        Msg::SearchPlaceholder => "핵심 내용과 인용문 검색",
        Msg::SearchPrompt => "검색어를 입력하세요.",
        Msg::NoResults => "검색 결과가 없습니다.",
    }
}

pub fn view_label(lang: Lang, view: View) -> &'static str {
    match lang {
        Lang::En => match view {
            View::Overview => "Overview",
            View::Partners => "Partners",
            View::Projects => "Projects",
            View::Timeline => "Timeline",
            View::Economy => "Economy",
            View::Recommendations => "Recommendations",
            View::Search => "Search",
        },
        Lang::Ko => match view {
            View::Overview => "개요",
            View::Partners => "협력 관계",
            View::Projects => "사업",
            View::Timeline => "연표",
            View::Economy => "경제",
            View::Recommendations => "정책 제언",
            View::Search => "검색",
        },
    }
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
    match lang {
        Lang::En => match s {
            Stance::Cooperative => "Cooperative",
            Stance::Ambivalent => "Ambivalent",
            Stance::Conditional => "Conditional",
            Stance::Hostile => "Hostile",
            Stance::Neutral => "Neutral",
            Stance::Tense => "Tense",
            Stance::Disputed => "Disputed",
        },
        Lang::Ko => match s {
            Stance::Cooperative => "협력적",
            Stance::Ambivalent => "양면적",
            Stance::Conditional => "조건부",
            Stance::Hostile => "적대적",
            Stance::Neutral => "중립적",
            Stance::Tense => "긴장",
            Stance::Disputed => "분쟁",
        },
    }
}

/// How the stance is drawn, in words, so the legend does not rely on colour.
pub fn stance_pattern(lang: Lang, s: Stance) -> &'static str {
    match lang {
        Lang::En => match s {
            Stance::Cooperative => "thick solid line",
            Stance::Ambivalent => "dash-dot line",
            Stance::Conditional => "dashed line",
            Stance::Hostile => "dotted line",
            Stance::Neutral => "thin solid line",
            Stance::Tense => "long-dash line",
            Stance::Disputed => "dash-dot-dot line",
        },
        Lang::Ko => match s {
            Stance::Cooperative => "굵은 실선",
            Stance::Ambivalent => "일점쇄선",
            Stance::Conditional => "파선",
            Stance::Hostile => "점선",
            Stance::Neutral => "가는 실선",
            Stance::Tense => "긴 파선",
            Stance::Disputed => "이점쇄선",
        },
    }
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

pub fn actor_kind_label(lang: Lang, k: ActorKind) -> &'static str {
    match lang {
        Lang::En => match k {
            ActorKind::State => "State",
            ActorKind::Bloc => "Bloc",
            ActorKind::Person => "Person",
            ActorKind::Institution => "Institution",
            ActorKind::Organization => "Organization",
        },
        Lang::Ko => match k {
            ActorKind::State => "국가",
            ActorKind::Bloc => "국가 연합",
            ActorKind::Person => "인물",
            ActorKind::Institution => "기관",
            ActorKind::Organization => "단체",
        },
    }
}

pub fn item_kind_label(lang: Lang, k: ItemKind) -> &'static str {
    match lang {
        Lang::En => match k {
            ItemKind::Judgment => "Key judgment",
            ItemKind::Axis => "Policy axis",
            ItemKind::Actor => "Actor",
            ItemKind::Relation => "Relation",
            ItemKind::Project => "Project",
            ItemKind::Indicator => "Indicator",
            ItemKind::Observation => "Observation",
            ItemKind::Event => "Event",
            ItemKind::RecommendationArea => "Recommendation area",
            ItemKind::Recommendation => "Recommendation",
        },
        Lang::Ko => match k {
            ItemKind::Judgment => "핵심 판단",
            ItemKind::Axis => "정책 축",
            ItemKind::Actor => "행위자",
            ItemKind::Relation => "관계",
            ItemKind::Project => "사업",
            ItemKind::Indicator => "지표",
            ItemKind::Observation => "관측값",
            ItemKind::Event => "사건",
            ItemKind::RecommendationArea => "제언 분야",
            ItemKind::Recommendation => "정책 제언",
        },
    }
}

pub fn qualifier_label(lang: Lang, q: Qualifier) -> &'static str {
    match lang {
        Lang::En => match q {
            Qualifier::Exact => "exact",
            Qualifier::Approximate => "approximate",
            Qualifier::Range => "range",
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
        },
        Lang::Ko => match q {
            Qualifier::Exact => "정확한 값",
            Qualifier::Approximate => "근삿값",
            Qualifier::Range => "범위",
            Qualifier::AtLeast => "이상",
            Qualifier::AtMost => "이하",
        },
    }
}

pub fn precision_label(lang: Lang, p: Precision) -> &'static str {
    match lang {
        Lang::En => match p {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Half => "half-year",
            Precision::Year => "year",
            Precision::Early | Precision::Mid | Precision::Late => "part of a year",
            Precision::End => "end of year",
        },
        Lang::Ko => match p {
            Precision::Day => "일",
            Precision::Month => "월",
            Precision::Season => "계절",
            Precision::Quarter => "분기",
            Precision::Half => "반기",
            Precision::Year => "연도",
            Precision::Early | Precision::Mid | Precision::Late => "시기",
            Precision::End => "연말",
        },
    }
}

/// A sector slug as a label. A few common sectors have a Korean name; anything else, and every sector in
/// English, is the slug with hyphens as spaces and a capital first letter (which is also the English
/// name of each translated one).
pub fn sector_label(lang: Lang, sector: &str) -> String {
    let translated = match lang {
        Lang::En => None,
        Lang::Ko => korean_sector(sector),
    };
    match translated {
        Some(label) => label.to_string(),
        None => {
            let spaced = sector.replace('-', " ");
            let mut chars = spaced.chars();
            match chars.next() {
                Some(first) => format!("{}{}", first.to_ascii_uppercase(), chars.as_str()),
                None => String::new(),
            }
        }
    }
}

fn korean_sector(slug: &str) -> Option<&'static str> {
    Some(match slug {
        "healthcare" => "보건의료",
        "agriculture" => "농업",
        "aquaculture" => "양식업",
        "fisheries" => "수산업",
        "tourism" => "관광",
        "construction" => "건설",
        "housing" => "주택",
        "energy" => "에너지",
        "trade" => "무역",
        "industry" => "산업",
        "education" => "교육",
        "infrastructure" => "기반시설",
        "regional-development" => "지방 발전",
        _ => return None,
    })
}

/// "Paragraph 4" / "4문단".
pub fn paragraph_label(lang: Lang, n: u32) -> String {
    match lang {
        Lang::En => format!("Paragraph {n}"),
        Lang::Ko => format!("{n}문단"),
    }
}

/// "1 item", "30,000 items", "항목 3개".
pub fn count_items(lang: Lang, n: usize) -> String {
    let count = format_number(n as f64);
    match lang {
        Lang::En if n == 1 => format!("{count} item"),
        Lang::En => format!("{count} items"),
        Lang::Ko => format!("항목 {count}개"),
    }
}

/// "1 result", "12 results", "검색 결과 3건".
pub fn count_results(lang: Lang, n: usize) -> String {
    let count = format_number(n as f64);
    match lang {
        Lang::En if n == 1 => format!("{count} result"),
        Lang::En => format!("{count} results"),
        Lang::Ko => format!("검색 결과 {count}건"),
    }
}

/// "North Korea → Russia: Military–security partner" (the arrow reads the same in both languages).
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
        if i > 0 && (digits.len() - i) % 3 == 0 {
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

fn month_name(month: u32) -> &'static str {
    match month {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        12 => "December",
        _ => "",
    }
}

fn ordinal(n: u32) -> &'static str {
    match n {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "",
    }
}

/// A season by its number (1 spring … 4 winter, as `DatePoint::part` gives it).
fn season_name(lang: Lang, n: u32) -> &'static str {
    match lang {
        Lang::En => match n {
            1 => "spring",
            2 => "summer",
            3 => "autumn",
            4 => "winter",
            _ => "",
        },
        Lang::Ko => match n {
            1 => "봄",
            2 => "여름",
            3 => "가을",
            4 => "겨울",
            _ => "",
        },
    }
}

/// One date point in words: "19 November 2025", "second half of 2025" / "2025년 11월 19일", "2025년 하반기".
fn point_label(lang: Lang, p: &DatePoint) -> String {
    let year = p.year;
    match lang {
        Lang::En => match p.precision {
            Precision::Day => format!("{} {} {year}", p.day, month_name(p.month)),
            Precision::Month => format!("{} {year}", month_name(p.month)),
            Precision::Quarter => format!("{} quarter of {year}", ordinal(p.part)),
            Precision::Half => format!("{} half of {year}", ordinal(p.part)),
            Precision::Season => format!("{} {year}", season_name(lang, p.part)),
            Precision::Year => year.to_string(),
            Precision::Early => format!("early {year}"),
            Precision::Mid => format!("mid-{year}"),
            Precision::Late => format!("late {year}"),
            Precision::End => format!("end of {year}"),
        },
        Lang::Ko => match p.precision {
            Precision::Day => format!("{year}년 {}월 {}일", p.month, p.day),
            Precision::Month => format!("{year}년 {}월", p.month),
            Precision::Quarter => format!("{year}년 {}분기", p.part),
            Precision::Half if p.part == 1 => format!("{year}년 상반기"),
            Precision::Half => format!("{year}년 하반기"),
            Precision::Season => format!("{year}년 {}", season_name(lang, p.part)),
            Precision::Year => format!("{year}년"),
            Precision::Early => format!("{year}년 초"),
            Precision::Mid => format!("{year}년 중반"),
            Precision::Late => format!("{year}년 후반"),
            Precision::End => format!("{year}년 말"),
        },
    }
}

/// A date in words: "December 2023", "second half of 2025", "2021–2025" / "2023년 12월", "2025년 하반기",
/// "2021–2025년" (nothing to escape).
pub fn date_label(lang: Lang, d: &ParsedDate) -> String {
    if !d.is_period {
        return point_label(lang, &d.start);
    }
    if d.start.precision == Precision::Year && d.end.precision == Precision::Year {
        let years = format!("{}–{}", d.start.year, d.end.year);
        return match lang {
            Lang::En => years,
            Lang::Ko => format!("{years}년"),
        };
    }
    format!("{} – {}", point_label(lang, &d.start), point_label(lang, &d.end))
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
