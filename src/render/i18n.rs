//! Every string the renderer adds to a brief's own text, in English and Korean, plus the formatting of
//! numbers, dates and counts that differs between the two.

use super::{push_int, Lang, View};
use crate::date::{ParsedDate, Precision};
use crate::model::{ActorKind, Qualifier, Stance};
use crate::query::ItemKind;
use crate::text::{line_of, split_once_ascii};

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

/// The English and Korean text of each message, one `English|Korean` line per message in the order of
/// [`Msg`]'s variants: one text scanned by index is smaller than a `match` arm (or a table of string
/// references) per message.
static MESSAGES: &str = "\
    Views|보기\n\
    By|저자\n\
    Published|발행일\n\
    Summary|요약\n\
    Key judgments|핵심 판단\n\
    Policy axes|정책 축\n\
    This brief lists no key judgments.|이 브리프에는 핵심 판단이 없습니다.\n\
    This brief names no policy axes.|이 브리프에는 정책 축이 없습니다.\n\
    Source|출처\n\
    Close|닫기\n\
    Open this passage in the original|원문에서 이 대목 보기\n\
    Evidence|근거\n\
    Quotes are from|인용 출처:\n\
    Show source for:|출처 보기:\n\
    Data table|데이터 표\n\
    Authors|저자\n\
    Partner network|협력 관계망\n\
    Each line is a relation the brief describes; its pattern and label give the stance.|각 선은 브리프가 서술한 관계이며, 선의 모양과 이름표가 입장을 나타냅니다.\n\
    Relations|관계\n\
    Actors|행위자\n\
    Role|역할\n\
    Stance|입장\n\
    Fields of cooperation|협력 분야\n\
    This brief describes no relations between actors.|이 브리프에는 행위자 간 관계가 없습니다.\n\
    This brief names no actors.|이 브리프에는 행위자가 없습니다.\n\
    The brief describes no relations of this actor.|이 브리프에는 이 행위자의 관계가 없습니다.\n\
    Selected actor|선택한 행위자\n\
    Line patterns|선 모양\n\
    Part of|소속\n\
    Filter by sector|분야별 보기\n\
    All sectors|전체 분야\n\
    Sector|분야\n\
    Place|장소\n\
    Policy frame|정책 틀\n\
    Timing|시기\n\
    Claimed results|발표된 성과\n\
    Risks (the brief's assessment)|위험 요인 (브리프의 평가)\n\
    This brief describes no projects.|이 브리프에는 사업이 없습니다.\n\
    No projects in this sector.|이 분야에는 사업이 없습니다.\n\
    Project locations|사업 위치\n\
    Locations are approximate.|위치는 대략적입니다.\n\
    Locations as given by their source.|위치는 출처에 따른 것입니다.\n\
    Coordinates:|좌표 출처:\n\
    Outline:|윤곽선:\n\
    Not mapped|지도에 없는 사업\n\
    no coordinates|좌표 없음\n\
    outside the map's area|지도 범위 밖\n\
    Some projects lie outside the area this map shows, so they are listed instead.|일부 사업은 지도 범위 밖에 있어 목록으로만 표시합니다.\n\
    Mapped projects|지도에 표시된 사업\n\
    Timeline chart|연표 그래프\n\
    Dots are dates given to the day or month; bars span coarser dates and periods.|점은 일·월 단위 날짜이고, 막대는 그보다 넓은 시기와 기간을 나타냅니다.\n\
    Precision|정밀도\n\
    period|기간\n\
    This brief gives no dated events.|이 브리프에는 날짜가 있는 사건이 없습니다.\n\
    This brief reports no indicators.|이 브리프에는 지표가 없습니다.\n\
    When|시점\n\
    Value|값\n\
    Reading|해석\n\
    Note|비고\n\
    Unit|단위\n\
    The brief gives no figures for this indicator.|브리프는 이 지표의 수치를 제시하지 않습니다.\n\
    Related|관련 항목\n\
    Only the values the brief states are drawn; nothing is drawn between them.|브리프가 밝힌 값만 표시하며, 그 사이는 잇지 않습니다.\n\
    Addressed to|대상\n\
    This brief makes no recommendations.|이 브리프에는 정책 제언이 없습니다.\n\
    Other recommendations|기타 제언\n\
    Search the brief|브리프 검색\n\
    Search insights and quotes|핵심 내용과 인용문 검색\n\
    Type a word to search the brief.|검색어를 입력하세요.\n\
    No results.|검색 결과가 없습니다.";

/// The English and Korean text of a message.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    label(lang, MESSAGES, msg as usize)
}

pub fn view_label(lang: Lang, view: View) -> &'static str {
    const LABELS: &str = "\
        Overview|개요\n\
        Partners|협력 관계\n\
        Projects|사업\n\
        Timeline|연표\n\
        Economy|경제\n\
        Recommendations|정책 제언\n\
        Search|검색";
    label(lang, LABELS, view.index())
}

fn pick(lang: Lang, en: &'static str, ko: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// Line `i` of a table of `English|Korean` lines, in `lang`. The label functions map their enum to an
/// index (which compiles to the discriminant) and share this one lookup: a text per table is smaller
/// than a `match` of string pairs each, or an array of `&str` pairs (16 bytes of pointers per entry).
/// Tables are split at `'\n'`, not by `lines()`: its iterator (which also drops `'\r'`, never in these
/// tables) was 0.2 KB of code of its own.
#[inline(never)]
pub(super) fn label(lang: Lang, table: &'static str, i: usize) -> &'static str {
    let line = line_of(table, i);
    let (en, ko) = split_once_ascii(line, b'|').unwrap_or((line, ""));
    pick(lang, en, ko)
}

pub(super) fn stance_index(s: Stance) -> usize {
    match s {
        Stance::Cooperative => 0,
        Stance::Ambivalent => 1,
        Stance::Conditional => 2,
        Stance::Hostile => 3,
        Stance::Neutral => 4,
    }
}

pub fn stance_label(lang: Lang, s: Stance) -> &'static str {
    const LABELS: &str = "\
        Cooperative|협력적\n\
        Ambivalent|양면적\n\
        Conditional|조건부\n\
        Hostile|적대적\n\
        Neutral|중립적";
    label(lang, LABELS, stance_index(s))
}

/// How the stance is drawn, in words, so the legend does not rely on colour.
pub fn stance_pattern(lang: Lang, s: Stance) -> &'static str {
    const LABELS: &str = "\
        thick solid line|굵은 실선\n\
        dash-dot line|일점쇄선\n\
        dashed line|파선\n\
        dotted line|점선\n\
        thin solid line|가는 실선";
    label(lang, LABELS, stance_index(s))
}

pub fn stance_slug(s: Stance) -> &'static str {
    const SLUGS: &str = "\
        cooperative|\n\
        ambivalent|\n\
        conditional|\n\
        hostile|\n\
        neutral|";
    label(Lang::En, SLUGS, stance_index(s))
}

pub const STANCES: [Stance; 5] =
    [Stance::Cooperative, Stance::Ambivalent, Stance::Conditional, Stance::Hostile, Stance::Neutral];

pub fn actor_kind_label(lang: Lang, k: ActorKind) -> &'static str {
    const LABELS: &str = "\
        State|국가\n\
        Bloc|국가 연합\n\
        Person|인물\n\
        Institution|기관\n\
        Organization|단체";
    let i = match k {
        ActorKind::State => 0,
        ActorKind::Bloc => 1,
        ActorKind::Person => 2,
        ActorKind::Institution => 3,
        ActorKind::Organization => 4,
    };
    label(lang, LABELS, i)
}

pub fn item_kind_label(lang: Lang, k: ItemKind) -> &'static str {
    const LABELS: &str = "\
        Key judgment|핵심 판단\n\
        Policy axis|정책 축\n\
        Actor|행위자\n\
        Relation|관계\n\
        Project|사업\n\
        Indicator|지표\n\
        Observation|관측값\n\
        Event|사건\n\
        Recommendation area|제언 분야\n\
        Recommendation|정책 제언";
    let i = match k {
        ItemKind::Judgment => 0,
        ItemKind::Axis => 1,
        ItemKind::Actor => 2,
        ItemKind::Relation => 3,
        ItemKind::Project => 4,
        ItemKind::Indicator => 5,
        ItemKind::Observation => 6,
        ItemKind::Event => 7,
        ItemKind::RecommendationArea => 8,
        ItemKind::Recommendation => 9,
    };
    label(lang, LABELS, i)
}

pub fn qualifier_label(lang: Lang, q: Qualifier) -> &'static str {
    const LABELS: &str = "\
        exact|정확한 값\n\
        approximate|근삿값\n\
        range|범위\n\
        at least|이상\n\
        at most|이하";
    let i = match q {
        Qualifier::Exact => 0,
        Qualifier::Approximate => 1,
        Qualifier::Range => 2,
        Qualifier::AtLeast => 3,
        Qualifier::AtMost => 4,
    };
    label(lang, LABELS, i)
}

pub fn precision_label(lang: Lang, p: Precision) -> &'static str {
    const LABELS: &str = "\
        day|일\n\
        month|월\n\
        season|계절\n\
        quarter|분기\n\
        half-year|반기\n\
        year|연도";
    let i = match p {
        Precision::Day => 0,
        Precision::Month => 1,
        Precision::Season => 2,
        Precision::Quarter => 3,
        Precision::Half => 4,
        Precision::Year => 5,
    };
    label(lang, LABELS, i)
}

/// A sector slug as a label: a few common sectors are translated into Korean; anything else, and every
/// sector in English, is the slug with hyphens as spaces and a capital first letter (the English names of
/// the translated ones are exactly that, so the table does not hold them).
pub fn sector_label(lang: Lang, sector: &str) -> String {
    // slug|Korean
    const KNOWN: &str = "\
        healthcare|보건의료\n\
        agriculture|농업\n\
        aquaculture|양식업\n\
        fisheries|수산업\n\
        tourism|관광\n\
        construction|건설\n\
        housing|주택\n\
        energy|에너지\n\
        trade|무역\n\
        industry|산업\n\
        education|교육\n\
        infrastructure|기반시설\n\
        regional-development|지방 발전";
    if lang == Lang::Ko {
        // `line_of` is "" past the last line (the table has no empty lines).
        let mut i = 0;
        loop {
            let line = line_of(KNOWN, i);
            if line.is_empty() {
                break;
            }
            if let Some((slug, ko)) = split_once_ascii(line, b'|') {
                if slug == sector {
                    return ko.to_string();
                }
            }
            i += 1;
        }
    }
    let mut out = String::with_capacity(sector.len());
    for c in sector.chars() {
        let c = if c == '-' { ' ' } else { c };
        out.push(if out.is_empty() { c.to_ascii_uppercase() } else { c });
    }
    out
}

/// Appends "Paragraph 4" / "4문단" (nothing to escape): in place, not a string to copy and free.
pub fn push_paragraph_label(s: &mut String, lang: Lang, n: u32) {
    if lang == Lang::En {
        s.push_str("Paragraph ");
    }
    push_int(s, i64::from(n));
    if lang == Lang::Ko {
        s.push_str("문단");
    }
}

pub fn push_count_items(s: &mut String, lang: Lang, n: usize) {
    push_count_label(s, lang, n, " item", " items", "항목 ", "개");
}

pub fn push_count_results(s: &mut String, lang: Lang, n: usize) {
    push_count_label(s, lang, n, " result", " results", "검색 결과 ", "건");
}

/// Appends "1 item", "30,000 items", "항목 3개": a count between the words of its language (nothing to
/// escape). In place: a returned string cost each caller an escaped copy and a free.
#[inline(never)]
fn push_count_label(s: &mut String, lang: Lang, n: usize, one: &str, many: &str, ko_before: &str, ko_after: &str) {
    if lang == Lang::Ko {
        s.push_str(ko_before);
    }
    push_number(s, n as f64);
    match lang {
        Lang::En if n == 1 => s.push_str(one),
        Lang::En => s.push_str(many),
        Lang::Ko => s.push_str(ko_after),
    }
}

/// "North Korea → Russia: Military–security partner" (the arrow reads the same in both languages).
pub fn relation_summary(from: &str, to: &str, role: &str) -> String {
    let mut s = String::from(from);
    s.push_str(" → ");
    s.push_str(to);
    s.push_str(": ");
    s.push_str(role);
    s
}

/// Appends `v` grouped by thousands: `30000` → `30,000`; `2.5` → `2.5`. At most two decimals;
/// non-finite numbers (which no valid brief holds) show as `?` rather than `inf`. Appends to the caller's
/// string: returning one cost each caller a copy and a free.
#[inline(never)]
pub fn push_number(out: &mut String, v: f64) {
    if !v.is_finite() {
        out.push('?');
        return;
    }
    let rounded = (v * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let int = abs.trunc();
    let frac = ((abs - int) * 100.0).round() as u64;
    let digits = if int < 340282366920938463463374607431768211456.0 {
        crate::json::whole_number_digits(int)
    } else {
        // Saturates at u128's bound, as the cast this replaces did.
        "340282366920938463463374607431768211455".into()
    };
    if negative {
        out.push('−');
    }
    let len = digits.len();
    // An index loop: `bytes().enumerate()` was an iterator of its own in the module.
    for i in 0..len {
        let Some(&digit) = digits.as_bytes().get(i) else { break };
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(char::from(digit));
    }
    if frac > 0 {
        // Two digits (`frac` is 1..=99), a trailing zero dropped. Digit by digit: `trim_end_matches` here
        // kept a std searcher instantiation in the module.
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
}

const MONTHS_EN: &str =
    "January\nFebruary\nMarch\nApril\nMay\nJune\nJuly\nAugust\nSeptember\nOctober\nNovember\nDecember";
const ORDINALS_EN: &str = "first\nsecond\nthird\nfourth";
const SEASONS_KO: &str = "봄\n여름\n가을\n겨울";

/// The `n`th (1-based) line of `words`, or "" out of range.
fn nth_word(words: &'static str, n: u32) -> &'static str {
    match n.checked_sub(1) {
        Some(i) => line_of(words, i as usize),
        None => "",
    }
}

fn push_point_label(s: &mut String, lang: Lang, p: &crate::date::DatePoint) {
    let year = i64::from(p.year);
    if lang == Lang::Ko {
        push_int(s, year);
        s.push('년');
        match p.precision {
            Precision::Day | Precision::Month | Precision::Quarter => {
                s.push(' ');
                let (n, unit) = match p.precision {
                    Precision::Quarter => (p.part, "분기"),
                    _ => (p.month, "월"),
                };
                push_int(s, i64::from(n));
                s.push_str(unit);
                if p.precision == Precision::Day {
                    s.push(' ');
                    push_int(s, i64::from(p.day));
                    s.push('일');
                }
            }
            Precision::Half => s.push_str(if p.part == 1 { " 상반기" } else { " 하반기" }),
            Precision::Season => {
                s.push(' ');
                s.push_str(nth_word(SEASONS_KO, p.part));
            }
            Precision::Year => {}
        }
        return;
    }
    match p.precision {
        Precision::Day => {
            push_int(s, i64::from(p.day));
            s.push(' ');
            s.push_str(nth_word(MONTHS_EN, p.month));
            s.push(' ');
        }
        Precision::Month => {
            s.push_str(nth_word(MONTHS_EN, p.month));
            s.push(' ');
        }
        Precision::Quarter | Precision::Half => {
            s.push_str(nth_word(ORDINALS_EN, p.part));
            s.push_str(if p.precision == Precision::Half { " half of " } else { " quarter of " });
        }
        Precision::Season => {
            s.push_str(nth_word(crate::date::SEASONS, p.part));
            s.push(' ');
        }
        Precision::Year => {}
    }
    push_int(s, year);
}

/// Appends a date in words: "December 2023", "second half of 2025", "2021–2025" / "2023년 12월",
/// "2025년 하반기" (nothing to escape). In place: a returned label cost each caller a copy and a free.
pub fn push_date_label(s: &mut String, lang: Lang, d: &ParsedDate) {
    if !d.is_period {
        push_point_label(s, lang, &d.start);
    } else if d.start.precision == Precision::Year && d.end.precision == Precision::Year {
        push_int(s, i64::from(d.start.year));
        s.push('–');
        push_int(s, i64::from(d.end.year));
        if lang == Lang::Ko {
            s.push('년');
        }
    } else {
        push_point_label(s, lang, &d.start);
        s.push_str(" – ");
        push_point_label(s, lang, &d.end);
    }
}

/// Appends the precision of a date in words, e.g. "month" or "period (year)" (nothing to escape).
pub fn push_date_precision_label(s: &mut String, lang: Lang, d: &ParsedDate) {
    let p = precision_label(lang, d.start.precision);
    if d.is_period {
        s.push_str(tr(lang, Msg::Period));
        s.push_str(" (");
        s.push_str(p);
        s.push(')');
    } else {
        s.push_str(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateSpec;

    fn format_number(v: f64) -> String {
        let mut s = String::new();
        push_number(&mut s, v);
        s
    }

    #[test]
    fn numbers_past_i64_are_grouped_exactly() {
        assert_eq!(format_number(1e20), "100,000,000,000,000,000,000");
        assert_eq!(format_number(-2f64.powi(70)), "−1,180,591,620,717,411,303,424");
        // Past u128, the figure saturates (as the `as u128` cast that wrote it before did).
        assert_eq!(format_number(1e40), "340,282,366,920,938,463,463,374,607,431,768,211,455");
    }

    fn date_label(lang: Lang, d: &ParsedDate) -> String {
        let mut s = String::new();
        push_date_label(&mut s, lang, d);
        s
    }

    fn d(s: &str) -> ParsedDate {
        crate::date::parse(&DateSpec(s.into())).expect("valid test date")
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
        assert_eq!(date_label(Lang::En, &d("2021/2025")), "2021–2025");
        assert_eq!(date_label(Lang::En, &d("2025-Q3")), "third quarter of 2025");
    }

    #[test]
    fn every_message_has_both_languages() {
        assert_eq!(MESSAGES.lines().count(), Msg::NoResults as usize + 1);
        assert!(MESSAGES.lines().all(|l| l.split('|').count() == 2 && !l.starts_with(' ')));
        assert_eq!(tr(Lang::En, Msg::ViewsLabel), "Views");
        assert_eq!(tr(Lang::Ko, Msg::NoResults), "검색 결과가 없습니다.");
        assert_eq!(view_label(Lang::Ko, View::Search), "검색");
        assert_eq!(stance_slug(Stance::Neutral), "neutral");
        assert_eq!(precision_label(Lang::En, Precision::Year), "year");
    }

    #[test]
    fn sectors_fall_back_to_the_slug() {
        assert_eq!(sector_label(Lang::En, "regional-construction"), "Regional construction");
        assert_eq!(sector_label(Lang::Ko, "healthcare"), "보건의료");
        assert_eq!(sector_label(Lang::En, ""), "");
    }
}
