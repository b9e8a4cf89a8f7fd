//! Questions a reader (or the widget) asks of a loaded brief.

pub mod search;

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
    /// Item id → where it lives; built once at load.
    pub(crate) ids: IdIndex,
    pub(crate) search: SearchIndex,
}

impl LoadedBrief {
    /// Indexes a brief that [`crate::load`] has checked.
    pub fn new(brief: Brief) -> LoadedBrief {
        let ids = build_id_index(&brief);
        let search = SearchIndex::build(&brief);
        LoadedBrief { brief, ids, search }
    }

    /// Parses, checks and indexes a brief from JSON text.
    pub fn load(text: &str) -> Result<LoadedBrief, Diagnostics> {
        crate::load::load(text).map(LoadedBrief::new)
    }

    /// The embedded Sejong brief, checked and indexed.
    pub fn embedded() -> Result<LoadedBrief, Diagnostics> {
        crate::load::load_embedded().map(LoadedBrief::new)
    }
}

/// Items by id, without a `HashMap` (hashbrown and SipHash cost more Wasm than this): slots in document
/// order, and (hash of the id, position) pairs sorted through the crate's one sort. Equal hashes keep
/// document order, so the first item with an id is the one found; validation reports the duplicates.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdIndex {
    slots: Vec<Slot>,
    by_hash: Vec<(u64, u32)>,
}

impl IdIndex {
    /// The position, in document order, of the first item of `b` with this id. Also the validator's
    /// lookup, so that one index and one search serve both.
    pub(crate) fn position(&self, b: &Brief, id: &str) -> Option<usize> {
        let hash = id_hash(id);
        let mut i = self.by_hash.partition_point(|&(h, _)| h < hash);
        while let Some(&(h, position)) = self.by_hash.get(i) {
            if h != hash {
                break;
            }
            let position = position as usize;
            if self.slots.get(position).and_then(|&slot| item_at(b, slot)).is_some_and(|item| item.id() == id) {
                return Some(position);
            }
            i += 1;
        }
        None
    }
}

/// FNV-1a, 64 bits: the hash of an id for [`IdIndex`].
pub(crate) fn id_hash(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

pub(crate) fn build_id_index(b: &Brief) -> IdIndex {
    let mut index = IdIndex::default();
    for_each_item(b, &mut |slot, item| {
        index.by_hash.push((id_hash(item.id()), index.slots.len() as u32));
        index.slots.push(slot);
    });
    crate::order::sort_pairs(&mut index.by_hash);
    index
}

/// Whether `ids` holds `id`. Out of line: the item filters inlined a copy of this loop each.
#[inline(never)]
fn lists(ids: &[String], id: &str) -> bool {
    ids.iter().any(|x| x == id)
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
        let position = self.ids.position(&self.brief, id)?;
        self.ids.slots.get(position).and_then(|&slot| item_at(&self.brief, slot))
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

    /// Items for which `keep` holds, in document order. Not generic, so the item filters below share one
    /// copy of the filtering loop.
    #[inline(never)]
    fn items_where(&self, keep: &dyn Fn(&Item<'_>) -> bool) -> Vec<Item<'_>> {
        // A loop into a new list rather than `retain`, whose instance was its own code.
        let mut out = Vec::new();
        for &item in &self.items() {
            if keep(&item) {
                out.push(item);
            }
        }
        out
    }

    /// Items tagged with an axis, in document order.
    pub fn items_by_axis(&self, axis: &str) -> Vec<Item<'_>> {
        self.items_where(&|i| lists(i.axes(), axis) || (i.kind() == ItemKind::Axis && i.id() == axis))
    }

    /// Items involving an actor: those that list it, and relations it is a party to.
    pub fn items_by_actor(&self, actor: &str) -> Vec<Item<'_>> {
        self.items_where(&|i| match i {
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
        let mut out = Vec::new();
        for p in &self.brief.projects {
            if sector.is_none_or(|s| p.sector == s) {
                out.push(p);
            }
        }
        out
    }

    /// Recommendations of an area (all recommendations when `area` is `None`), in brief order.
    pub fn recommendations_by_area(&self, area: Option<&str>) -> Vec<&Recommendation> {
        let mut out = Vec::new();
        for r in &self.brief.recommendations {
            if area.is_none_or(|a| r.area == a) {
                out.push(r);
            }
        }
        out
    }

    /// An actor's partners with the role each plays, outgoing relations first.
    pub fn partners(&self, actor: &str) -> Vec<Partner<'_>> {
        let mut out = Vec::new();
        // A range, not `[false, true]`: no array iterator instance.
        for pass in 0..2 {
            let incoming = pass == 1;
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

    /// Every dated item, ordered by first day, then by precision (finer first), then document order.
    pub fn timeline(&self) -> Vec<TimelineEntry<'_>> {
        // First day (biased to be non-negative), then precision, then the span's length; the sort is
        // stable, so document order among equals.
        let items = self.items();
        // (key, position in `items`) pairs through the crate's one sort. The dates are parsed again
        // after sorting rather than kept in a second list: one `Vec<TimelineEntry>` less.
        let mut keyed: Vec<(u64, u32)> = Vec::new();
        for (position, item) in items.iter().enumerate() {
            if let Some(date) = item.date().and_then(|d| date::parse(d).ok()) {
                let first = (date.first_day() + (1 << 30)).clamp(0, (1 << 31) - 1) as u64;
                let span = (date.last_day() - date.first_day()).clamp(0, (1 << 28) - 1) as u64;
                keyed.push(((first << 32) | ((date.start.precision as u64) << 28) | span, position as u32));
            }
        }
        crate::order::sort_pairs(&mut keyed);
        let mut out = Vec::new();
        for (_, position) in keyed {
            if let Some(&item) = items.get(position as usize) {
                if let Some(date) = item.date().and_then(|d| date::parse(d).ok()) {
                    out.push(TimelineEntry { item, date });
                }
            }
        }
        out
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
        self.items_where(&|other| {
            other.id() != id && (outgoing.contains(&other.id()) || other.references().contains(&id))
        })
    }

    /// Ranked full-text search over items and their quotes; see [`crate::search`].
    pub fn search(&self, query: &str, limit: usize) -> Vec<crate::search::SearchHit> {
        self.search.search(query, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::ItemKind;

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
