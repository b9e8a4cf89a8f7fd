//! English: the renderer's own words, and how English writes dates and counts.

use super::{Labels, Msg};
use crate::model::date::{DatePoint, Precision};
use crate::model::{ActorKind, Qualifier, Stance, Status};
use crate::query::ItemKind;
use crate::render::View;

pub(crate) struct English;

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

impl Labels for English {
    fn msg(&self, msg: Msg) -> &'static str {
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
            Msg::NotMapped => "Not on the map",
            Msg::NoCoordinates => "no coordinates",
            Msg::OutsideMap => "outside the map's area",
            Msg::MapSkipped => "Some projects lie outside the area this map shows, so they are listed instead.",
            Msg::MappedProjects => "Mapped projects",
            Msg::TimelineChart => "Timeline chart",
            Msg::TimelineChartDesc => "Dots are dates given to the day or month; bars span coarser dates and periods.",
            Msg::Precision => "Precision",
            Msg::Period => "period",
            Msg::NoEvents => "This brief gives no events.",
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
            Msg::ProvenanceTitle => "Whose words",
            Msg::ProvQuote => "The brief's words",
            Msg::ProvParaphrase => "Editor's summary",
            Msg::ProvClassification => "Editor's classification",
            Msg::ProvInferred => "inferred date",
            Msg::ProvLegendQuote => "Quotations, with their paragraph (¶), are the brief's own words.",
            Msg::ProvLegendParaphrase => "the editor's paraphrase of the quoted passages, not the brief's wording.",
            Msg::ProvLegendClassification => {
                "stances, roles, policy-axis tags, actor kinds, sectors and map locations \
                 assigned by the editor; the brief does not state them in these terms."
            }
            Msg::ProvLegendInferred => "a date the editor inferred from the context; the brief does not state it.",
            Msg::Undated => "Undated",
            Msg::UndatedNote => "The brief gives these no date; they are not placed on the chart.",
            Msg::StatusNote => "Hollow, dashed marks are plans, targets or forecasts, not things that happened.",
            Msg::Places => "Places",
            Msg::NoMap => "This brief has no map; the places are listed.",
            Msg::MapArea => "Area shown:",
            Msg::WholeBrief => "Read the whole brief",
        }
    }

    fn view(&self, view: View) -> &'static str {
        match view {
            View::Overview => "Overview",
            View::Partners => "Partners",
            View::Projects => "Projects",
            View::Timeline => "Timeline",
            View::Economy => "Economy",
            View::Recommendations => "Recommendations",
            View::Search => "Search",
        }
    }

    fn stance(&self, s: Stance) -> &'static str {
        match s {
            Stance::Cooperative => "Cooperative",
            Stance::Ambivalent => "Ambivalent",
            Stance::Conditional => "Conditional",
            Stance::Hostile => "Hostile",
            Stance::Neutral => "Neutral",
            Stance::Tense => "Tense",
            Stance::Disputed => "Disputed",
        }
    }

    fn stance_pattern(&self, s: Stance) -> &'static str {
        match s {
            Stance::Cooperative => "thick solid line",
            Stance::Ambivalent => "dash-dot line",
            Stance::Conditional => "dashed line",
            Stance::Hostile => "dotted line",
            Stance::Neutral => "thin solid line",
            Stance::Tense => "long-dash line",
            Stance::Disputed => "dash-dot-dot line",
        }
    }

    fn actor_kind(&self, k: ActorKind) -> &'static str {
        match k {
            ActorKind::State => "State",
            ActorKind::Bloc => "Bloc",
            ActorKind::Person => "Person",
            ActorKind::Institution => "Institution",
            ActorKind::Organization => "Organization",
        }
    }

    fn item_kind(&self, k: ItemKind) -> &'static str {
        match k {
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
        }
    }

    fn qualifier(&self, q: Qualifier) -> &'static str {
        match q {
            Qualifier::Exact => "exact",
            Qualifier::Approximate => "approximate",
            Qualifier::Range => "range",
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
        }
    }

    fn precision(&self, p: Precision) -> &'static str {
        match p {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Half => "half-year",
            Precision::Year => "year",
            Precision::Early | Precision::Mid | Precision::Late => "part of a year",
            Precision::End => "end of year",
        }
    }

    fn status(&self, s: Status) -> &'static str {
        match s {
            Status::Actual => "actual",
            Status::Plan => "plan",
            Status::Target => "target",
            Status::Forecast => "forecast",
        }
    }

    fn season(&self, part: u32) -> &'static str {
        match part {
            1 => "spring",
            2 => "summer",
            3 => "autumn",
            4 => "winter",
            _ => "",
        }
    }

    fn date_point(&self, p: &DatePoint) -> String {
        let year = p.year;
        match p.precision {
            Precision::Day => format!("{} {} {year}", p.day, month_name(p.month)),
            Precision::Month => format!("{} {year}", month_name(p.month)),
            Precision::Quarter => format!("{} quarter of {year}", ordinal(p.part)),
            Precision::Half => format!("{} half of {year}", ordinal(p.part)),
            Precision::Season => format!("{} {year}", self.season(p.part)),
            Precision::Year => year.to_string(),
            Precision::Early => format!("early {year}"),
            Precision::Mid => format!("mid {year}"),
            Precision::Late => format!("late {year}"),
            Precision::End => format!("end of {year}"),
        }
    }

    fn year_period(&self, from: i32, to: i32) -> String {
        format!("{from}–{to}")
    }

    fn paragraph(&self, n: u32) -> String {
        format!("Paragraph {n}")
    }

    fn count_items(&self, n: usize, count: &str) -> String {
        if n == 1 {
            format!("{count} item")
        } else {
            format!("{count} items")
        }
    }

    fn count_results(&self, n: usize, count: &str) -> String {
        if n == 1 {
            format!("{count} result")
        } else {
            format!("{count} results")
        }
    }
}
