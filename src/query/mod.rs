//! Questions a reader (or the widget) asks of a loaded brief.

pub mod search;

use std::collections::HashMap;

#[cfg(feature = "author")]
use crate::load::diagnostics::Diagnostics;
use crate::model::date::{self, ParsedDate};
use crate::model::*;
use search::SearchIndex;

pub use crate::model::item::{all_items, Item, ItemKind};
use crate::model::item::{for_each_item, item_at, Slot};

/// A validated brief with the indexes its queries need.
#[derive(Debug, Clone)]
pub struct LoadedBrief {
    pub brief: Brief,
    /// Item id → where the first item with that id lives; built once at load. Later items with the same
    /// id are unreachable by id: the validator reports them as duplicates.
    ids: HashMap<String, Slot>,
    pub(crate) search: SearchIndex,
}

impl LoadedBrief {
    /// Indexes a brief that [`crate::load`] has checked.
    pub fn new(brief: Brief) -> LoadedBrief {
        let mut ids = HashMap::new();
        for_each_item(&brief, &mut |slot, item| {
            ids.entry(item.id().to_string()).or_insert(slot);
        });
        let search = SearchIndex::build(&brief);
        LoadedBrief { brief, ids, search }
    }

    /// Parses, checks and indexes a brief from JSON text.
    #[cfg(feature = "author")]
    pub fn load(text: &str) -> Result<LoadedBrief, Diagnostics> {
        crate::load::load(text).map(LoadedBrief::new)
    }

    /// The embedded Sejong brief, checked and indexed.
    #[cfg(feature = "author")]
    pub fn embedded() -> Result<LoadedBrief, Diagnostics> {
        crate::load::load_embedded().map(LoadedBrief::new)
    }
}

/// One of an actor's partners, seen from that actor.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Partner<'a> {
    pub relation: &'a Relation,
    pub partner: &'a Actor,
    /// True when the relation is stated from the partner's side (`from` is the partner).
    pub incoming: bool,
}

/// A dated item on the timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimelineEntry<'a> {
    pub item: Item<'a>,
    pub date: ParsedDate,
}

impl LoadedBrief {
    /// Any item by id.
    pub fn item(&self, id: &str) -> Option<Item<'_>> {
        let &slot = self.ids.get(id)?;
        item_at(&self.brief, slot)
    }

    pub fn items(&self) -> Vec<Item<'_>> {
        all_items(&self.brief)
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        match self.item(id)? {
            Item::Actor(a) => Some(a),
            _ => None,
        }
    }

    /// The evidence of any item (empty for items that carry none, such as recommendation areas).
    pub fn evidence(&self, id: &str) -> Option<&[Evidence]> {
        self.item(id).map(|i| i.evidence())
    }

    /// Items for which `keep` holds, in document order.
    fn items_where(&self, keep: impl Fn(&Item<'_>) -> bool) -> Vec<Item<'_>> {
        let mut items = self.items();
        items.retain(keep);
        items
    }

    /// Items tagged with an axis, in document order.
    pub fn items_by_axis(&self, axis: &str) -> Vec<Item<'_>> {
        self.items_where(|i| lists(i.axes(), axis) || (i.kind() == ItemKind::Axis && i.id() == axis))
    }

    /// Items involving an actor: those that list it, and relations it is a party to.
    pub fn items_by_actor(&self, actor: &str) -> Vec<Item<'_>> {
        self.items_where(|i| match i {
            Item::Relation(r) => r.from == actor || r.to == actor,
            Item::Actor(a) => a.id == actor || lists(&a.member_of, actor),
            _ => lists(i.actors(), actor),
        })
    }

    /// Distinct project sectors, in order of first appearance.
    pub fn sectors(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for p in &self.brief.projects {
            if !out.contains(&p.sector.as_str()) {
                out.push(&p.sector);
            }
        }
        out
    }

    /// Projects of a sector (all projects when `sector` is `None`).
    pub fn projects_by_sector(&self, sector: Option<&str>) -> Vec<&Project> {
        self.brief.projects.iter().filter(|p| sector.is_none_or(|s| p.sector == s)).collect()
    }

    /// Recommendations of an area (all recommendations when `area` is `None`), in brief order.
    pub fn recommendations_by_area(&self, area: Option<&str>) -> Vec<&Recommendation> {
        self.brief.recommendations.iter().filter(|r| area.is_none_or(|a| r.area == a)).collect()
    }

    /// An actor's partners with the role each plays, outgoing relations first.
    pub fn partners(&self, actor: &str) -> Vec<Partner<'_>> {
        let mut out = Vec::new();
        for incoming in [false, true] {
            for r in &self.brief.relations {
                let (me, other) = if incoming { (&r.to, &r.from) } else { (&r.from, &r.to) };
                if me == actor {
                    if let Some(partner) = self.actor(other) {
                        out.push(Partner { relation: r, partner, incoming });
                    }
                }
            }
        }
        out
    }

    /// Every dated item, ordered by first day, then by precision (finer first), then by the length of its
    /// span (shorter first), then document order.
    pub fn timeline(&self) -> Vec<TimelineEntry<'_>> {
        let mut entries: Vec<TimelineEntry<'_>> = Vec::new();
        for item in self.items() {
            if let Some(date) = item.date().and_then(|d| date::parse(d).ok()) {
                entries.push(TimelineEntry { item, date });
            }
        }
        // A stable sort, so items that tie on every key keep document order. A period that ends before
        // it starts counts as zero days long.
        entries.sort_by_key(|e| {
            let span = (e.date.last_day() - e.date.first_day()).max(0);
            (e.date.first_day(), e.date.start.precision, span)
        });
        entries
    }

    /// An indicator and its observations.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        match self.item(id)? {
            Item::Indicator(i) => Some(i),
            _ => None,
        }
    }

    /// Items linked to `id` in either direction (it points at them, or they point at it),
    /// excluding itself, in document order.
    pub fn related(&self, id: &str) -> Vec<Item<'_>> {
        let Some(me) = self.item(id) else { return Vec::new() };
        let outgoing = me.references();
        self.items_where(|other| {
            other.id() != id && (outgoing.contains(&other.id()) || other.references().contains(&id))
        })
    }

    /// Ranked full-text search over items and their quotes; see [`search`].
    pub fn search(&self, query: &str, limit: usize) -> Vec<search::SearchHit> {
        self.search.search(query, limit)
    }
}

/// Whether `ids` holds `id`.
fn lists(ids: &[String], id: &str) -> bool {
    ids.iter().any(|x| x == id)
}

#[cfg(test)]
mod tests {
    use super::{Item, ItemKind, LoadedBrief};
    use crate::model::Brief;

    /// A brief read straight into the model, unchecked: `LoadedBrief::new` must cope with what the
    /// validator would reject (duplicate ids, periods that end before they start).
    fn unchecked(members: &str) -> LoadedBrief {
        let text = format!(
            r#"{{"format":1,"meta":{{"series":"S","number":"1","title":"T","date":"2024","authors":[{{"name":"A"}}],"publisher":"P","language":"en","paragraphs":1}},{members}}}"#
        );
        let brief: Brief = serde_json::from_str(&text).expect("a well-formed test brief");
        LoadedBrief::new(brief)
    }

    fn event(id: &str, title: &str, date: &str) -> String {
        format!(r#"{{"id":"{id}","title":"{title}","date":"{date}","evidence":[{{"paragraph":1,"quote":"q"}}]}}"#)
    }

    #[test]
    fn the_first_item_with_an_id_is_the_one_found() {
        let b = unchecked(&format!(
            r#""axes":[{{"id":"x","label":"Axis x","evidence":[]}}],"events":[{},{}]"#,
            event("x", "Event x", "2024"),
            event("y", "Event y", "2024"),
        ));
        assert!(matches!(b.item("x"), Some(Item::Axis(a)) if a.label == "Axis x"));
        assert_eq!(b.item("y").map(|i| i.title()), Some("Event y"));
        assert!(b.item("z").is_none());
    }

    #[test]
    fn timeline_ties_go_to_the_finer_then_the_shorter_then_the_earlier_in_the_document() {
        let b = unchecked(&format!(
            r#""events":[{},{},{},{},{},{}]"#,
            event("period", "Period", "2024/2026"),
            event("year", "Year", "2024"),
            event("twin", "Twin", "2024"),
            event("day", "Day", "2024-01-01"),
            event("month", "Month", "2024-01"),
            event("earlier", "Earlier", "2023-12-31"),
        ));
        let ids: Vec<&str> = b.timeline().iter().map(|e| e.item.id()).collect();
        assert_eq!(ids, ["earlier", "day", "month", "year", "twin", "period"]);
    }

    #[test]
    fn kind_names_follow_the_variants() {
        let kinds = [
            (ItemKind::Judgment, "judgment"),
            (ItemKind::Axis, "axis"),
            (ItemKind::Actor, "actor"),
            (ItemKind::Relation, "relation"),
            (ItemKind::Project, "project"),
            (ItemKind::Indicator, "indicator"),
            (ItemKind::Observation, "observation"),
            (ItemKind::Event, "event"),
            (ItemKind::RecommendationArea, "recommendationArea"),
            (ItemKind::Recommendation, "recommendation"),
        ];
        for (kind, name) in kinds {
            assert_eq!(kind.as_str(), name);
        }
    }
}
