//! Any item of a brief, borrowed: its kind, id, title, evidence and links, whatever its type.

use super::*;

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
        match self {
            ItemKind::Judgment => "judgment",
            ItemKind::Axis => "axis",
            ItemKind::Actor => "actor",
            ItemKind::Relation => "relation",
            ItemKind::Project => "project",
            ItemKind::Indicator => "indicator",
            ItemKind::Observation => "observation",
            ItemKind::Event => "event",
            ItemKind::RecommendationArea => "recommendationArea",
            ItemKind::Recommendation => "recommendation",
        }
    }

    /// The kind's name with its article, as messages use it: "an axis", "a recommendationArea".
    pub fn with_article(self) -> &'static str {
        match self {
            ItemKind::Judgment => "a judgment",
            ItemKind::Axis => "an axis",
            ItemKind::Actor => "an actor",
            ItemKind::Relation => "a relation",
            ItemKind::Project => "a project",
            ItemKind::Indicator => "an indicator",
            ItemKind::Observation => "an observation",
            ItemKind::Event => "an event",
            ItemKind::RecommendationArea => "a recommendationArea",
            ItemKind::Recommendation => "a recommendation",
        }
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
            Item::RecommendationArea(_) => &[],
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
            Item::Axis(_) | Item::Actor(_) | Item::RecommendationArea(_) => &[],
        }
    }

    pub fn actors(&self) -> &'a [Id] {
        match self {
            Item::Project(x) => &x.actors,
            Item::Event(x) => &x.actors,
            Item::Recommendation(x) => &x.actors,
            Item::Actor(x) => &x.member_of,
            _ => &[],
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
            Item::Observation(..) => &[],
            Item::Event(x) => &x.related,
            Item::RecommendationArea(_) => &[],
            Item::Recommendation(x) => &x.related,
        }
    }

    /// Every id this item points at, whatever the field: axes, actors, related, from/to, area, addressee.
    pub fn references(&self) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        for list in [self.axes(), self.actors(), self.related_ids()] {
            out.extend(list.iter().map(String::as_str));
        }
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
        let mut out = vec![("title", self.title())];
        let opt = |out: &mut Vec<(&'static str, &'a str)>, name: &'static str, v: &'a Option<String>| {
            if let Some(s) = v {
                out.push((name, s.as_str()));
            }
        };
        let list = |out: &mut Vec<(&'static str, &'a str)>, name: &'static str, v: &'a [String]| {
            out.extend(v.iter().map(|s| (name, s.as_str())));
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
            Item::Event(e) => e.date.as_ref(),
            Item::Project(p) => p.date.as_ref(),
            Item::Observation(_, o) => o.date.as_ref(),
            _ => None,
        }
    }
}

/// An item serializes as its own fields, as the brief file writes them (an observation without its
/// indicator, which a caller adds where it wants it).
impl serde::Serialize for Item<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Item::Judgment(x) => x.serialize(serializer),
            Item::Axis(x) => x.serialize(serializer),
            Item::Actor(x) => x.serialize(serializer),
            Item::Relation(x) => x.serialize(serializer),
            Item::Project(x) => x.serialize(serializer),
            Item::Indicator(x) => x.serialize(serializer),
            Item::Observation(_, x) => x.serialize(serializer),
            Item::Event(x) => x.serialize(serializer),
            Item::RecommendationArea(x) => x.serialize(serializer),
            Item::Recommendation(x) => x.serialize(serializer),
        }
    }
}

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
/// their indicator).
pub(crate) fn for_each_item<'a>(b: &'a Brief, visit: &mut dyn FnMut(Slot, Item<'a>)) {
    fn each<'a, T>(list: &'a [T], kind: ItemKind, item: fn(&'a T) -> Item<'a>, visit: &mut dyn FnMut(Slot, Item<'a>)) {
        for (index, x) in list.iter().enumerate() {
            visit(Slot { kind, index, sub: 0 }, item(x));
        }
    }
    each(&b.key_judgments, ItemKind::Judgment, Item::Judgment, visit);
    each(&b.axes, ItemKind::Axis, Item::Axis, visit);
    each(&b.actors, ItemKind::Actor, Item::Actor, visit);
    each(&b.relations, ItemKind::Relation, Item::Relation, visit);
    each(&b.projects, ItemKind::Project, Item::Project, visit);
    for (index, indicator) in b.indicators.iter().enumerate() {
        visit(Slot { kind: ItemKind::Indicator, index, sub: 0 }, Item::Indicator(indicator));
        for (sub, observation) in indicator.observations.iter().enumerate() {
            visit(Slot { kind: ItemKind::Observation, index, sub }, Item::Observation(indicator, observation));
        }
    }
    each(&b.events, ItemKind::Event, Item::Event, visit);
    each(&b.recommendation_areas, ItemKind::RecommendationArea, Item::RecommendationArea, visit);
    each(&b.recommendations, ItemKind::Recommendation, Item::Recommendation, visit);
}

/// Every item of a brief, in document order (observations right after their indicator).
pub fn all_items(b: &Brief) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    for_each_item(b, &mut |_, item| items.push(item));
    items
}

/// The JSON path of every item, in the order of [`all_items`]. Paths come from positions, not from
/// looking items up: two identical items still get each their own path.
pub fn item_paths(b: &Brief) -> Vec<String> {
    fn list(out: &mut Vec<String>, prefix: &str, len: usize) {
        out.extend((0..len).map(|i| format!("{prefix}[{i}]")));
    }
    let mut out = Vec::new();
    list(&mut out, "$.keyJudgments", b.key_judgments.len());
    list(&mut out, "$.axes", b.axes.len());
    list(&mut out, "$.actors", b.actors.len());
    list(&mut out, "$.relations", b.relations.len());
    list(&mut out, "$.projects", b.projects.len());
    for (i, indicator) in b.indicators.iter().enumerate() {
        let base = format!("$.indicators[{i}]");
        let observations = format!("{base}.observations");
        out.push(base);
        list(&mut out, &observations, indicator.observations.len());
    }
    list(&mut out, "$.events", b.events.len());
    list(&mut out, "$.recommendationAreas", b.recommendation_areas.len());
    list(&mut out, "$.recommendations", b.recommendations.len());
    out
}
