//! Any item of a brief, borrowed: its kind, id, title, evidence and links, whatever its type.

use super::*;
use crate::text::line_of;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
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
pub(crate) fn item_at(b: &Brief, slot: Slot) -> Option<Item<'_>> {
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
pub(crate) fn for_each_item<'a>(b: &'a Brief, visit: &mut dyn FnMut(Slot, Item<'a>)) {
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

fn push_ids<'a>(out: &mut Vec<&'a str>, ids: &'a [Id]) {
    for id in ids {
        out.push(id);
    }
}
