//! Partners: a network of the actors in the brief's relations with the subject at its centre, a
//! legend that names each stance and its line pattern, the list of actors and relations, and the
//! chosen actor's panel.

use super::escape::push_escaped;
use super::i18n::{self, stance_label, stance_pattern, stance_slug, Msg, STANCES};
use super::{actor_name, actor_short_name, escape_html, num, push_text_paragraph, subject_actor, truncate, Ctx, View};
use crate::model::{Actor, Relation, Stance};
use crate::query::Item;

/// Wider than the ring so labels beside the leftmost and rightmost nodes fit.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 440.0;
/// Above this many ring nodes, alternate nodes sit on an inner ring so labels do not collide.
const SINGLE_RING_MAX: usize = 12;
/// Above this many relations, edge labels would overlap; the legend and list carry the stance instead.
const EDGE_LABELS_MAX: usize = 10;

pub(crate) fn render(ctx: &Ctx<'_>) -> String {
    let b = &ctx.b.brief;
    let mut s = ctx.open_view(View::Partners);
    if b.actors.is_empty() {
        s.push_str(&ctx.empty(Msg::NoActors));
        s.push_str("</section>");
        return s;
    }
    let subject = subject_actor(ctx.b);
    let selected = if ctx.document { None } else { selected_actor(ctx, subject) };

    if b.relations.is_empty() {
        s.push_str(&ctx.empty(Msg::NoRelations));
    } else {
        s.push_str(&network(ctx, subject, selected));
    }
    s.push_str(&actor_list(ctx, selected));
    if let Some(actor) = selected {
        s.push_str(&actor_panel(ctx, actor));
    }
    if !b.relations.is_empty() {
        s.push_str(&relation_list(ctx));
    }
    s.push_str("</section>");
    s
}

/// `o.selected` if it names an actor; else the subject's first partner, the subject, or the first actor.
fn selected_actor<'a>(ctx: &Ctx<'a>, subject: Option<&'a Actor>) -> Option<&'a Actor> {
    if let Some(a) = ctx.o.selected.as_deref().and_then(|id| ctx.b.actor(id)) {
        return Some(a);
    }
    if let Some(subj) = subject {
        if let Some(p) = ctx.b.partners(&subj.id).first() {
            return Some(p.partner);
        }
        return Some(subj);
    }
    ctx.b.brief.actors.first()
}

struct Node<'a> {
    actor: &'a Actor,
    x: f64,
    y: f64,
    r: f64,
    centre: bool,
}

/// Subject at the centre; every other actor that is party to a relation on an ellipse around it, the
/// subject's partners first.
fn layout<'a>(ctx: &Ctx<'a>, subject: Option<&'a Actor>) -> Vec<Node<'a>> {
    let b = &ctx.b.brief;
    let mut ring: Vec<&'a Actor> = Vec::new();
    let push = |a: &'a Actor, ring: &mut Vec<&'a Actor>| {
        if subject.is_none_or(|s| s.id != a.id) && !ring.iter().any(|x| x.id == a.id) {
            ring.push(a);
        }
    };
    if let Some(subj) = subject {
        for p in ctx.b.partners(&subj.id) {
            push(p.partner, &mut ring);
        }
    }
    for r in &b.relations {
        for id in [&r.from, &r.to] {
            if let Some(a) = ctx.b.actor(id) {
                push(a, &mut ring);
            }
        }
    }
    let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
    let mut nodes = Vec::with_capacity(ring.len() + 1);
    if let Some(subj) = subject {
        nodes.push(Node { actor: subj, x: cx, y: cy, r: 30.0, centre: true });
    }
    let n = ring.len();
    let crowded = n > SINGLE_RING_MAX;
    let r = if crowded { 13.0 } else { 20.0 };
    for (i, actor) in ring.into_iter().enumerate() {
        // Start at the top and go clockwise.
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64;
        let scale = if crowded && i % 2 == 1 { 0.66 } else { 1.0 };
        let (rx, ry) = (WIDTH / 2.0 - 130.0, HEIGHT / 2.0 - 45.0);
        nodes.push(Node { actor, x: cx + rx * scale * cos(angle), y: cy + ry * scale * sin(angle), r, centre: false });
    }
    nodes
}

fn dasharray(stance: Stance) -> Option<&'static str> {
    match stance {
        Stance::Cooperative | Stance::Neutral => None,
        Stance::Ambivalent => Some("10 4 2 4"),
        Stance::Conditional => Some("7 5"),
        Stance::Hostile => Some("2 5"),
    }
}

fn stroke_width(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "4",
        Stance::Neutral => "1.5",
        Stance::Hostile => "3.5",
        _ => "2.5",
    }
}

/// Presentation attributes for an edge of this stance: width and dash pattern carry the stance without
/// colour; the colour itself comes from the stylesheet via the class.
fn stroke_attrs(stance: Stance) -> String {
    let mut s = format!(" stroke=\"currentColor\" stroke-width=\"{}\" fill=\"none\"", stroke_width(stance));
    if let Some(d) = dasharray(stance) {
        s.push_str(&format!(" stroke-dasharray=\"{}\"", d));
    }
    if stance == Stance::Hostile {
        s.push_str(" stroke-linecap=\"round\"");
    }
    s
}

fn network(ctx: &Ctx<'_>, subject: Option<&Actor>, selected: Option<&Actor>) -> String {
    let b = &ctx.b.brief;
    let nodes = layout(ctx, subject);
    let pos = |id: &str| nodes.iter().find(|n| n.actor.id == id);
    let title_id = ctx.id("network-title");
    let desc_id = ctx.id("network-desc");
    let mut s = String::from("<figure class=\"bi-figure bi-network-figure\" part=\"figure\">");
    // role=img would make the focusable nodes inside it presentational; the interactive network is a group.
    let role = if ctx.document { "img" } else { "group" };
    s.push_str(&format!(
        "<svg class=\"bi-chart bi-network\" part=\"chart\" viewBox=\"0 0 {} {}\" role=\"{}\" aria-labelledby=\"{} {}\" font-size=\"13\">",
        num(WIDTH),
        num(HEIGHT),
        role,
        title_id,
        desc_id
    ));
    s.push_str(&format!("<title id=\"{}\">", title_id));
    push_escaped(&mut s, ctx.t(Msg::PartnerNetwork));
    if let Some(subj) = subject {
        s.push_str(": ");
        push_escaped(&mut s, &subj.name);
    }
    s.push_str(&format!("</title><desc id=\"{}\">", desc_id));
    push_escaped(&mut s, ctx.t(Msg::PartnerNetworkDesc));
    s.push_str("</desc>");

    // Edges first so nodes are drawn over their ends.
    s.push_str("<g class=\"bi-edges\">");
    let label_edges = b.relations.len() <= EDGE_LABELS_MAX;
    for (i, r) in b.relations.iter().enumerate() {
        let (Some(a), Some(c)) = (pos(&r.from), pos(&r.to)) else { continue };
        // Several relations between one pair are bent apart so each stays visible.
        let same_pair: Vec<usize> = b
            .relations
            .iter()
            .enumerate()
            .filter(|(_, o)| (o.from == r.from && o.to == r.to) || (o.from == r.to && o.to == r.from))
            .map(|(j, _)| j)
            .collect();
        let k = same_pair.iter().position(|&j| j == i).unwrap_or(0) as f64;
        let bend = (k - (same_pair.len() as f64 - 1.0) / 2.0) * 56.0;
        let (dx, dy) = (c.x - a.x, c.y - a.y);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        // Perpendicular, oriented by a canonical pair order so opposite relations bend opposite ways.
        let flip = if r.from < r.to { 1.0 } else { -1.0 };
        let (px, py) = (-dy / len * flip, dx / len * flip);
        let (qx, qy) = ((a.x + c.x) / 2.0 + px * bend * 2.0, (a.y + c.y) / 2.0 + py * bend * 2.0);
        // End the edge at each node's rim, heading for the control point, so arrows of a pair stay apart.
        let rim = |n: &Node<'_>| {
            let (ux, uy) = (qx - n.x, qy - n.y);
            let l = (ux * ux + uy * uy).sqrt().max(1.0);
            (n.x + ux / l * n.r, n.y + uy / l * n.r)
        };
        let ((ax, ay), (cx2, cy2)) = (rim(a), rim(c));
        // The label sits past the middle, towards the node farther from the centre, where edges are apart.
        let centre_dist = |x: f64, y: f64| (x - WIDTH / 2.0).hypot(y - HEIGHT / 2.0);
        let (p0, p2) =
            if centre_dist(ax, ay) <= centre_dist(cx2, cy2) { ((ax, ay), (cx2, cy2)) } else { ((cx2, cy2), (ax, ay)) };
        let t = 0.6;
        let mx = (1.0 - t) * (1.0 - t) * p0.0 + 2.0 * (1.0 - t) * t * qx + t * t * p2.0;
        let my = (1.0 - t) * (1.0 - t) * p0.1 + 2.0 * (1.0 - t) * t * qy + t * t * p2.1;
        let stance = stance_slug(r.stance);
        s.push_str(&format!("<g class=\"bi-edge bi-stance-{}\"><title>", stance));
        push_escaped(&mut s, &relation_sentence(ctx, r));
        s.push_str("</title>");
        s.push_str(&format!(
            "<path class=\"bi-edge-line\" d=\"M{} {} Q{} {} {} {}\"{}/>",
            num(ax),
            num(ay),
            num(qx),
            num(qy),
            num(cx2),
            num(cy2),
            stroke_attrs(r.stance)
        ));
        if label_edges {
            // Labels of bent edges extend outwards, away from their sibling edges.
            let side = px * bend;
            let (anchor, lx) = if side > 1.0 {
                ("start", mx + 4.0)
            } else if side < -1.0 {
                ("end", mx - 4.0)
            } else {
                ("middle", mx)
            };
            s.push_str(&format!(
                "<text class=\"bi-edge-label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"11\" fill=\"currentColor\">",
                num(lx),
                num(my - 4.0),
                anchor
            ));
            push_escaped(&mut s, stance_label(ctx.o.lang, r.stance));
            s.push_str("</text>");
        }
        s.push_str("</g>");
    }
    s.push_str("</g><g class=\"bi-nodes\">");
    for n in &nodes {
        let pressed = selected.is_some_and(|sel| sel.id == n.actor.id);
        let mut class = String::from("bi-node");
        if n.centre {
            class.push_str(" bi-node-subject");
        }
        if pressed {
            class.push_str(" bi-selected");
        }
        let visible =
            truncate(actor_short_name(ctx.b, &n.actor.id), if nodes.len() > SINGLE_RING_MAX { 10 } else { 16 });
        // The accessible name starts with the visible label (WCAG 2.5.3), then gives the full name.
        let visible_words = visible.trim_end_matches('…');
        let name = if n.actor.name.starts_with(visible_words) {
            n.actor.name.clone()
        } else {
            format!("{}: {}", visible_words, n.actor.name)
        };
        if ctx.document {
            s.push_str(&format!("<g class=\"{}\">", class));
        } else {
            s.push_str(&format!(
                "<g class=\"{}\" role=\"button\" tabindex=\"0\" data-action=\"select\" data-item=\"{}\" aria-pressed=\"{}\" aria-label=\"{}\">",
                class,
                escape_html(&n.actor.id),
                pressed,
                escape_html(&name)
            ));
        }
        s.push_str("<title>");
        push_escaped(&mut s, &n.actor.name);
        s.push_str("</title>");
        s.push_str(&format!(
            "<circle class=\"bi-node-dot\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"currentColor\" fill-opacity=\"0.12\" stroke=\"currentColor\" stroke-width=\"{}\"/>",
            num(n.x),
            num(n.y),
            num(n.r),
            if pressed { "3" } else { "1.5" }
        ));
        // Labels sit outside the node, away from the centre, so edges (which run inwards) do not cross them.
        let (ux, uy) = if n.centre {
            (0.0, 1.0)
        } else {
            let (dx, dy) = (n.x - WIDTH / 2.0, n.y - HEIGHT / 2.0);
            let l = (dx * dx + dy * dy).sqrt().max(1.0);
            (dx / l, dy / l)
        };
        let anchor = if ux > 0.35 {
            "start"
        } else if ux < -0.35 {
            "end"
        } else {
            "middle"
        };
        let gap = n.r + 5.0;
        let ly = n.y
            + uy * gap
            + if uy > 0.35 {
                10.0
            } else if uy < -0.35 {
                -2.0
            } else {
                4.0
            };
        s.push_str(&format!(
            "<text class=\"bi-node-label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"currentColor\">",
            num(n.x + ux * gap),
            num(ly),
            anchor
        ));
        push_escaped(&mut s, &visible);
        s.push_str("</text></g>");
    }
    s.push_str("</g></svg>");
    s.push_str(&legend(ctx));
    s.push_str("</figure>");
    s
}

/// One sentence for a relation: "North Korea → Russia: Military–security partner (Cooperative)".
fn relation_sentence(ctx: &Ctx<'_>, r: &Relation) -> String {
    format!(
        "{} ({})",
        i18n::relation_summary(actor_name(ctx.b, &r.from), actor_name(ctx.b, &r.to), &r.role),
        stance_label(ctx.o.lang, r.stance)
    )
}

/// Only the stances the brief uses, each with a swatch of its line and its pattern in words.
fn legend(ctx: &Ctx<'_>) -> String {
    let used: Vec<Stance> =
        STANCES.into_iter().filter(|st| ctx.b.brief.relations.iter().any(|r| r.stance == *st)).collect();
    if used.is_empty() {
        return String::new();
    }
    let mut s = String::from("<figcaption class=\"bi-legend\" part=\"legend\"><span class=\"bi-legend-title\">");
    push_escaped(&mut s, ctx.t(Msg::LegendTitle));
    s.push_str("</span><ul class=\"bi-legend-list\">");
    for st in used {
        s.push_str(&format!(
            "<li class=\"bi-legend-item bi-stance-{}\"><svg class=\"bi-swatch\" viewBox=\"0 0 36 10\" aria-hidden=\"true\" focusable=\"false\"><line x1=\"1\" y1=\"5\" x2=\"35\" y2=\"5\"{}/></svg> <span class=\"bi-stance\">",
            stance_slug(st),
            stroke_attrs(st)
        ));
        push_escaped(&mut s, stance_label(ctx.o.lang, st));
        s.push_str("</span> <span class=\"bi-pattern\">(");
        push_escaped(&mut s, stance_pattern(ctx.o.lang, st));
        s.push_str(")</span></li>");
    }
    s.push_str("</ul></figcaption>");
    s
}

/// In the widget: every actor as a toggle button. In the document: every actor with its description
/// and evidence.
fn actor_list(ctx: &Ctx<'_>, selected: Option<&Actor>) -> String {
    let b = &ctx.b.brief;
    let h1 = ctx.h(1);
    let mut s = format!("<{h1} class=\"bi-subtitle\">");
    push_escaped(&mut s, ctx.t(Msg::Actors));
    s.push_str(&format!("</{h1}><ul class=\"bi-actor-list\">"));
    for a in &b.actors {
        let item = Item::Actor(a);
        if ctx.document {
            s.push_str(&format!("<li class=\"bi-actor-entry\" part=\"card\"{}>", ctx.anchor(&item, View::Partners)));
            s.push_str(&actor_details(ctx, a));
            s.push_str("</li>");
        } else {
            let pressed = selected.is_some_and(|x| x.id == a.id);
            s.push_str(&format!(
                "<li><button type=\"button\" class=\"bi-actor\" part=\"actor\" data-action=\"select\" data-item=\"{}\" aria-pressed=\"{}\">",
                escape_html(&a.id),
                pressed
            ));
            push_escaped(&mut s, &a.name);
            s.push_str("</button></li>");
        }
    }
    s.push_str("</ul>");
    s
}

/// Name, kind, membership, description and evidence of an actor.
fn actor_details(ctx: &Ctx<'_>, a: &Actor) -> String {
    let mut s = String::from("<p class=\"bi-actor-name\"><strong>");
    push_escaped(&mut s, &a.name);
    s.push_str("</strong> <span class=\"bi-kind\">");
    push_escaped(&mut s, i18n::actor_kind_label(ctx.o.lang, a.kind));
    s.push_str("</span>");
    if !a.member_of.is_empty() {
        s.push_str(" <span class=\"bi-member-of\">");
        push_escaped(&mut s, ctx.t(Msg::Member));
        s.push(' ');
        let names: Vec<&str> = a.member_of.iter().map(|m| actor_name(ctx.b, m)).collect();
        push_escaped(&mut s, &names.join(", "));
        s.push_str("</span>");
    }
    s.push_str("</p>");
    push_text_paragraph(&mut s, &a.description);
    s.push_str(&ctx.cite(&Item::Actor(a)));
    s
}

/// The chosen actor: who it is, and each relation it is party to with role, stance, fields and source.
fn actor_panel(ctx: &Ctx<'_>, a: &Actor) -> String {
    let h2 = ctx.h(2);
    let h1 = ctx.h(1);
    let mut s = format!(
        "<div class=\"bi-actor-panel\" part=\"actor-panel\" id=\"{}\" aria-labelledby=\"{}\" role=\"region\"><{h1} class=\"bi-subtitle\" id=\"{}\">",
        ctx.id("actor-panel"),
        ctx.id("actor-panel-title"),
        ctx.id("actor-panel-title")
    );
    push_escaped(&mut s, ctx.t(Msg::SelectedActor));
    s.push_str(": ");
    push_escaped(&mut s, &a.name);
    s.push_str(&format!("</{h1}>"));
    s.push_str(&actor_details(ctx, a));
    let partners = ctx.b.partners(&a.id);
    if partners.is_empty() {
        s.push_str(&ctx.empty(Msg::NoActorRelations));
    } else {
        s.push_str("<ul class=\"bi-panel-relations\">");
        for p in partners {
            let r = p.relation;
            s.push_str(&format!(
                "<li class=\"bi-relation bi-stance-{}\" part=\"card\"><{h2} class=\"bi-relation-title\">",
                stance_slug(r.stance)
            ));
            push_escaped(
                &mut s,
                &i18n::relation_summary(actor_name(ctx.b, &r.from), actor_name(ctx.b, &r.to), &r.role),
            );
            s.push_str(&format!("</{h2}>"));
            s.push_str(&relation_facts(ctx, r));
            s.push_str("</li>");
        }
        s.push_str("</ul>");
    }
    s.push_str("</div>");
    s
}

/// Role, stance (word and pattern), fields, summary and citation of a relation.
fn relation_facts(ctx: &Ctx<'_>, r: &Relation) -> String {
    let mut s = String::from("<dl class=\"bi-facts\"><dt>");
    push_escaped(&mut s, ctx.t(Msg::Role));
    s.push_str("</dt><dd class=\"bi-role\">");
    push_escaped(&mut s, &r.role);
    s.push_str("</dd><dt>");
    push_escaped(&mut s, ctx.t(Msg::Stance));
    s.push_str(&format!("</dt><dd class=\"bi-stance bi-stance-{}\">", stance_slug(r.stance)));
    push_escaped(&mut s, stance_label(ctx.o.lang, r.stance));
    s.push_str("</dd>");
    if !r.fields.is_empty() {
        s.push_str("<dt>");
        push_escaped(&mut s, ctx.t(Msg::Fields));
        s.push_str("</dt><dd class=\"bi-fields\">");
        push_escaped(&mut s, &r.fields.join(", "));
        s.push_str("</dd>");
    }
    s.push_str("</dl>");
    push_text_paragraph(&mut s, &r.summary);
    s.push_str(&ctx.cite(&Item::Relation(r)));
    s
}

fn relation_list(ctx: &Ctx<'_>) -> String {
    let h1 = ctx.h(1);
    let h2 = ctx.h(2);
    let mut s = format!("<{h1} class=\"bi-subtitle\">");
    push_escaped(&mut s, ctx.t(Msg::Relations));
    s.push_str(&format!("</{h1}><ul class=\"bi-relations\">"));
    for r in &ctx.b.brief.relations {
        let item = Item::Relation(r);
        s.push_str(&format!(
            "<li class=\"bi-relation bi-stance-{}\" part=\"card\"{}><{h2} class=\"bi-relation-title\">",
            stance_slug(r.stance),
            ctx.anchor(&item, View::Partners)
        ));
        push_escaped(&mut s, &i18n::relation_summary(actor_name(ctx.b, &r.from), actor_name(ctx.b, &r.to), &r.role));
        s.push_str(&format!("</{h2}>"));
        s.push_str(&relation_facts(ctx, r));
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    s
}

/// Sine for layout, from a Taylor polynomial after reducing the angle to [-π, π]: exact to about 1e-6,
/// plenty for SVG coordinates, and without libm's 5 KB argument reduction in the Wasm module.
fn sin(x: f64) -> f64 {
    use std::f64::consts::{PI, TAU};
    let mut x = x % TAU;
    if x > PI {
        x -= TAU;
    } else if x < -PI {
        x += TAU;
    }
    // sin(π - x) = sin(x) folds the range to [-π/2, π/2], where the series converges fast.
    if x > PI / 2.0 {
        x = PI - x;
    } else if x < -PI / 2.0 {
        x = -PI - x;
    }
    let x2 = x * x;
    x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (1.0 - x2 / 110.0)))))
}

fn cos(x: f64) -> f64 {
    sin(x + std::f64::consts::FRAC_PI_2)
}

#[cfg(test)]
mod trig_tests {
    #[test]
    fn layout_trigonometry_is_accurate_enough() {
        let mut a = -10.0;
        while a < 10.0 {
            assert!((super::sin(a) - a.sin()).abs() < 1e-6, "sin {}", a);
            assert!((super::cos(a) - a.cos()).abs() < 1e-6, "cos {}", a);
            a += 0.01;
        }
    }
}
