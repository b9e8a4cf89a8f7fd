//! Questions a reader (or the widget) asks of a loaded brief.

use crate::date::{self, ParsedDate};
use crate::load::LoadedBrief;
use crate::model::*;
use crate::text::line_of;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Judgment,
    Axis,
    Actor,
    Relation,
    Project,
    Indicator,
    Observation,
    Event,
    RecommendationArea,
    Recommendation,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        // A line table in the order of the variants, not a `match`: that was a table of string pointers.
        const NAMES: &str = "judgment\naxis\nactor\nrelation\nproject\nindicator\nobservation\nevent\nrecommendationArea\nrecommendation";
        line_of(NAMES, self as usize)
    }
}

/// Where an id lives: its kind and index (and, for observations, the indicator's index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    kind: ItemKind,
    index: usize,
    sub: usize,
}

/// A borrowed view of any item of a brief.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item<'a> {
    Judgment(&'a Judgment),
    Axis(&'a Axis),
    Actor(&'a Actor),
    Relation(&'a Relation),
    Project(&'a Project),
    Indicator(&'a Indicator),
    Observation(&'a Indicator, &'a Observation),
    Event(&'a Event),
    RecommendationArea(&'a RecommendationArea),
    Recommendation(&'a Recommendation),
}

const NONE: &[Id] = &[];
const NO_EVIDENCE: &[Evidence] = &[];

impl<'a> Item<'a> {
    pub fn kind(&self) -> ItemKind {
        match self {
            Item::Judgment(_) => ItemKind::Judgment,
            Item::Axis(_) => ItemKind::Axis,
            Item::Actor(_) => ItemKind::Actor,
            Item::Relation(_) => ItemKind::Relation,
            Item::Project(_) => ItemKind::Project,
            Item::Indicator(_) => ItemKind::Indicator,
            Item::Observation(..) => ItemKind::Observation,
            Item::Event(_) => ItemKind::Event,
            Item::RecommendationArea(_) => ItemKind::RecommendationArea,
            Item::Recommendation(_) => ItemKind::Recommendation,
        }
    }

    pub fn id(&self) -> &'a str {
        match self {
            Item::Judgment(x) => &x.id,
            Item::Axis(x) => &x.id,
            Item::Actor(x) => &x.id,
            Item::Relation(x) => &x.id,
            Item::Project(x) => &x.id,
            Item::Indicator(x) => &x.id,
            Item::Observation(_, o) => &o.id,
            Item::Event(x) => &x.id,
            Item::RecommendationArea(x) => &x.id,
            Item::Recommendation(x) => &x.id,
        }
    }

    /// A short human title: the name, label or (for prose items) the text itself.
    pub fn title(&self) -> &'a str {
        match self {
            Item::Judgment(x) => &x.text,
            Item::Axis(x) => &x.label,
            Item::Actor(x) => &x.name,
            Item::Relation(x) => &x.role,
            Item::Project(x) => &x.name,
            Item::Indicator(x) => &x.name,
            Item::Observation(_, o) => &o.label,
            Item::Event(x) => &x.title,
            Item::RecommendationArea(x) => &x.label,
            Item::Recommendation(x) => &x.text,
        }
    }

    pub fn evidence(&self) -> &'a [Evidence] {
        match self {
            Item::Judgment(x) => &x.evidence,
            Item::Axis(x) => &x.evidence,
            Item::Actor(x) => &x.evidence,
            Item::Relation(x) => &x.evidence,
            Item::Project(x) => &x.evidence,
            Item::Indicator(x) => &x.evidence,
            Item::Observation(_, o) => &o.evidence,
            Item::Event(x) => &x.evidence,
            Item::RecommendationArea(_) => NO_EVIDENCE,
            Item::Recommendation(x) => &x.evidence,
        }
    }

    pub fn axes(&self) -> &'a [Id] {
        match self {
            Item::Judgment(x) => &x.axes,
            Item::Relation(x) => &x.axes,
            Item::Project(x) => &x.axes,
            Item::Indicator(x) => &x.axes,
            Item::Observation(i, _) => &i.axes,
            Item::Event(x) => &x.axes,
            Item::Recommendation(x) => &x.axes,
            Item::Axis(_) | Item::Actor(_) | Item::RecommendationArea(_) => NONE,
        }
    }

    pub fn actors(&self) -> &'a [Id] {
        match self {
            Item::Project(x) => &x.actors,
            Item::Event(x) => &x.actors,
            Item::Recommendation(x) => &x.actors,
            Item::Actor(x) => &x.member_of,
            _ => NONE,
        }
    }

    pub fn related_ids(&self) -> &'a [Id] {
        match self {
            Item::Judgment(x) => &x.related,
            Item::Axis(x) => &x.related,
            Item::Actor(x) => &x.related,
            Item::Relation(x) => &x.related,
            Item::Project(x) => &x.related,
            Item::Indicator(x) => &x.related,
            Item::Observation(..) => NONE,
            Item::Event(x) => &x.related,
            Item::RecommendationArea(_) => NONE,
            Item::Recommendation(x) => &x.related,
        }
    }

    /// Every id this item points at, whatever the field: axes, actors, related, from/to, area, addressee.
    pub fn references(&self) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        // Three calls, not a loop over `[axes, actors, related]`: no array iterator instance.
        push_ids(&mut out, self.axes());
        push_ids(&mut out, self.actors());
        push_ids(&mut out, self.related_ids());
        match self {
            Item::Relation(r) => {
                out.push(&r.from);
                out.push(&r.to);
            }
            Item::Recommendation(r) => out.push(&r.area),
            Item::RecommendationArea(a) => {
                if let Some(addressee) = &a.addressee {
                    out.push(addressee);
                }
            }
            Item::Observation(i, _) => out.push(&i.id),
            _ => {}
        }
        out
    }

    /// Every piece of prose the item carries (not its evidence), for search and rendering.
    pub fn texts(&self) -> Vec<(&'static str, &'a str)> {
        let mut out = Vec::new();
        out.push(("title", self.title()));
        let opt = |out: &mut Vec<(&'static str, &'a str)>, name: &'static str, v: &'a Option<String>| {
            if let Some(s) = v {
                out.push((name, s.as_str()));
            }
        };
        // One loop for the list fields, rather than an `extend` with its own closure for each.
        let list = |out: &mut Vec<(&'static str, &'a str)>, name: &'static str, v: &'a [String]| {
            for s in v {
                out.push((name, s.as_str()));
            }
        };
        match self {
            Item::Axis(x) => opt(&mut out, "summary", &x.summary),
            Item::Actor(x) => {
                opt(&mut out, "shortName", &x.short_name);
                opt(&mut out, "description", &x.description);
            }
            Item::Relation(x) => {
                opt(&mut out, "summary", &x.summary);
                list(&mut out, "fields", &x.fields);
            }
            Item::Project(x) => {
                opt(&mut out, "policyFrame", &x.policy_frame);
                opt(&mut out, "timing", &x.timing);
                if let Some(p) = &x.place {
                    out.push(("place", p.name.as_str()));
                }
                out.push(("sector", x.sector.as_str()));
                list(&mut out, "claimedResults", &x.claimed_results);
                list(&mut out, "risks", &x.risks);
            }
            Item::Indicator(x) => {
                opt(&mut out, "description", &x.description);
                opt(&mut out, "unit", &x.unit);
            }
            Item::Observation(_, o) => opt(&mut out, "note", &o.note),
            Item::Event(x) => opt(&mut out, "description", &x.description),
            _ => {}
        }
        out
    }

    /// A date for the timeline, if the item has one.
    pub fn date(&self) -> Option<&'a DateSpec> {
        match self {
            Item::Event(e) => Some(&e.date),
            Item::Project(p) => p.date.as_ref(),
            Item::Observation(_, o) => o.date.as_ref(),
            _ => None,
        }
    }
}

/// The item lists in document order; observations are walked with their indicator.
const LIST_KINDS: [ItemKind; 9] = [
    ItemKind::Judgment,
    ItemKind::Axis,
    ItemKind::Actor,
    ItemKind::Relation,
    ItemKind::Project,
    ItemKind::Indicator,
    ItemKind::Event,
    ItemKind::RecommendationArea,
    ItemKind::Recommendation,
];

/// The item a slot points at, if there is one.
fn item_at(b: &Brief, slot: Slot) -> Option<Item<'_>> {
    Some(match slot.kind {
        ItemKind::Judgment => Item::Judgment(b.key_judgments.get(slot.index)?),
        ItemKind::Axis => Item::Axis(b.axes.get(slot.index)?),
        ItemKind::Actor => Item::Actor(b.actors.get(slot.index)?),
        ItemKind::Relation => Item::Relation(b.relations.get(slot.index)?),
        ItemKind::Project => Item::Project(b.projects.get(slot.index)?),
        ItemKind::Indicator => Item::Indicator(b.indicators.get(slot.index)?),
        ItemKind::Observation => {
            let ind = b.indicators.get(slot.index)?;
            Item::Observation(ind, ind.observations.get(slot.sub)?)
        }
        ItemKind::Event => Item::Event(b.events.get(slot.index)?),
        ItemKind::RecommendationArea => Item::RecommendationArea(b.recommendation_areas.get(slot.index)?),
        ItemKind::Recommendation => Item::Recommendation(b.recommendations.get(slot.index)?),
    })
}

/// Calls `visit` with every item of a brief and its slot, in document order (observations right after
/// their indicator). One walk over [`LIST_KINDS`] through [`item_at`], shared by [`all_items`] and the id
/// index: a loop per list in each of them cost ~1.5 KB.
fn for_each_item<'a>(b: &'a Brief, visit: &mut dyn FnMut(Slot, Item<'a>)) {
    // Over the array by reference, as every constant array in the module: by value, arrays iterate
    // through core's `IndexRange`, code of its own.
    for &kind in &LIST_KINDS {
        let mut index = 0;
        while let Some(item) = item_at(b, Slot { kind, index, sub: 0 }) {
            visit(Slot { kind, index, sub: 0 }, item);
            if kind == ItemKind::Indicator {
                // Through `item_at` too, like the lists: no second way of making an observation's item.
                let mut sub = 0;
                while let Some(o) = item_at(b, Slot { kind: ItemKind::Observation, index, sub }) {
                    visit(Slot { kind: ItemKind::Observation, index, sub }, o);
                    sub += 1;
                }
            }
            index += 1;
        }
    }
}

/// Every item of a brief, in document order (observations right after their indicator).
pub fn all_items(b: &Brief) -> Vec<Item<'_>> {
    let mut v: Vec<Item<'_>> = Vec::new();
    for_each_item(b, &mut |_, item| v.push(item));
    v
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

#[inline(never)]
fn push_ids<'a>(out: &mut Vec<&'a str>, ids: &'a [Id]) {
    for id in ids {
        out.push(id);
    }
}

/// Whether `ids` holds `id`. Out of line: the item filters inlined a copy of this loop each.
#[inline(never)]
fn lists(ids: &[String], id: &str) -> bool {
    ids.iter().any(|x| x == id)
}

/// One of an actor's partners, seen from that actor.
#[derive(Debug, Clone, Copy, PartialEq)]
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
