//! A small map locating projects that have coordinates, drawn on the outline the brief carries
//! (`map.outline`, prepared at authoring time by `tools/make-map.mjs` from Natural Earth via world-atlas)
//! with its equirectangular projection. Places without coordinates, or outside the outline's area, are
//! listed under the map, never drawn at its edge; a brief without a map gets its places listed.

use super::bounds::{Bounds, ViewBox};
use super::i18n::Msg;
use super::{esc, escaped_join, num, Ctx, Provenance};
use crate::model::{Coordinates, MapOutline, Place, Project};
use std::fmt::{self, Write};

/// Whether the outline's projection can place anything: finite bounds that enclose an area, and a
/// viewBox of positive size.
fn usable(o: &MapOutline) -> bool {
    let finite = [o.lon_min, o.lon_max, o.lat_min, o.lat_max, o.width, o.height].iter().all(|v| v.is_finite());
    finite && o.lon_min < o.lon_max && o.lat_min < o.lat_max && o.width > 0.0 && o.height > 0.0
}

/// Viewbox position of a coordinate on the outline (equirectangular), or `None` when it lies outside
/// the outline's bounds.
pub(crate) fn position(o: &MapOutline, lat: f64, lon: f64) -> Option<(f64, f64)> {
    if !(o.lon_min..=o.lon_max).contains(&lon) || !(o.lat_min..=o.lat_max).contains(&lat) {
        return None;
    }
    let x = (lon - o.lon_min) / (o.lon_max - o.lon_min) * o.width;
    let y = (o.lat_max - lat) / (o.lat_max - o.lat_min) * o.height;
    Some((x, y))
}

/// A project placed on the map.
struct Mapped<'a> {
    project: &'a Project,
    place: &'a Place,
    coordinates: &'a Coordinates,
    x: f64,
    y: f64,
    /// The index (in the list of mapped projects) of the pin it is drawn at: projects at (nearly) the
    /// same place, within 8 units of the first of them, share that first one's pin.
    pin: usize,
}

/// The map figure for `projects`, with its key and the list of projects it cannot show; without a map
/// in the brief, the list of places. Nothing when no project has a place to show.
/// `focus` (a project's piece): the map is zoomed to its place, with the country around it as context.
pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String, projects: &[&Project], focus: bool) -> fmt::Result {
    let map = ctx.b.brief.map.as_ref();
    let Some(outline) = map.and_then(|m| m.outline.as_ref()).filter(|o| usable(o)) else {
        return places(ctx, out, projects);
    };
    let mut mapped: Vec<Mapped<'_>> = Vec::new();
    // Projects without a pin: without coordinates, or with coordinates outside the map.
    let mut unmapped: Vec<&Project> = Vec::new();
    let mut any_outside = false;
    for &project in projects {
        let Some((place, coordinates)) = project.place.as_ref().and_then(|pl| Some((pl, pl.coordinates.as_ref()?)))
        else {
            unmapped.push(project);
            continue;
        };
        let Some((x, y)) = position(outline, coordinates.lat, coordinates.lon) else {
            any_outside = true;
            unmapped.push(project);
            continue;
        };
        let near = |(j, m): &(usize, &Mapped<'_>)| m.pin == *j && (m.x - x).powi(2) + (m.y - y).powi(2) < 64.0;
        let pin = mapped.iter().enumerate().find(near).map_or(mapped.len(), |(j, _)| j);
        mapped.push(Mapped { project, place, coordinates, x, y, pin });
    }
    // No project with coordinates: no figure at all.
    if mapped.is_empty() && !any_outside {
        return Ok(());
    }
    out.push_str("<figure class=\"bi-figure bi-map-figure\" part=\"figure map\" data-export=\"projects\">");
    if !mapped.is_empty() {
        pins_svg(ctx, out, outline, &mapped, focus)?;
    }
    out.push_str("<figcaption class=\"bi-map-caption\">");
    if !mapped.is_empty() {
        write!(out, "<ol class=\"bi-map-key\" aria-label=\"{}\">", ctx.msg(Msg::MappedProjects))?;
        for m in &mapped {
            write!(out, "<li>{} — {}</li>", esc(&m.project.name), esc(&m.place.name))?;
        }
        let approximate = mapped.iter().any(|m| m.coordinates.approximate);
        // Each source of coordinates once, in order of first use.
        let mut sources: Vec<&str> = Vec::new();
        for m in &mapped {
            if !sources.contains(&m.coordinates.source.as_str()) {
                sources.push(&m.coordinates.source);
            }
        }
        // Where a place lies is the editor's finding, not the brief's.
        write!(
            out,
            "</ol><p class=\"bi-map-note\"{}>{} {} {}.",
            ctx.prov(Provenance::Classification),
            ctx.msg(if approximate { Msg::MapApproximate } else { Msg::MapExact }),
            ctx.msg(Msg::CoordinatesSource),
            escaped_join(sources, "; "),
        )?;
        ctx.classified(out)?;
        write!(out, " {} {}.", ctx.msg(Msg::OutlineAttribution), esc(&outline.attribution))?;
        let countries = map.map(|m| m.countries.as_slice()).unwrap_or_default();
        if !countries.is_empty() {
            write!(out, " {} {}.", ctx.msg(Msg::MapArea), escaped_join(countries.iter().map(String::as_str), ", "))?;
        }
        out.push_str("</p>");
    }
    if any_outside {
        write!(out, "<p class=\"bi-map-note\">{}</p>", ctx.msg(Msg::MapSkipped))?;
    }
    if !unmapped.is_empty() {
        let listed: Vec<String> = unmapped
            .iter()
            .map(|p| {
                let outside = p.place.as_ref().is_some_and(|pl| pl.coordinates.is_some());
                format!(
                    "{} ({})",
                    project_and_place(p),
                    ctx.msg(if outside { Msg::OutsideMap } else { Msg::NoCoordinates })
                )
            })
            .collect();
        write!(out, "<p class=\"bi-not-mapped\">{}: {}</p>", ctx.msg(Msg::NotMapped), listed.join("; "))?;
    }
    out.push_str("</figcaption></figure>");
    Ok(())
}

/// "Project — Place", or the project's name alone when it has no place; escaped.
fn project_and_place(p: &Project) -> String {
    match &p.place {
        Some(place) => format!("{} — {}", esc(&p.name), esc(&place.name)),
        None => esc(&p.name).to_string(),
    }
}

/// Without a map: the places of the projects that name one, as a list.
fn places(ctx: &Ctx<'_>, out: &mut String, projects: &[&Project]) -> fmt::Result {
    let placed: Vec<&&Project> = projects.iter().filter(|p| p.place.is_some()).collect();
    if placed.is_empty() {
        return Ok(());
    }
    write!(
        out,
        "<div class=\"bi-places\" part=\"places\"><p class=\"bi-map-note\">{}</p><p class=\"bi-list-label\">{}</p>\
         <ul class=\"bi-list bi-place-list\">",
        ctx.msg(Msg::NoMap),
        ctx.msg(Msg::Places),
    )?;
    for p in placed {
        write!(out, "<li>{}</li>", project_and_place(p))?;
    }
    out.push_str("</ul></div>");
    Ok(())
}

/// How much a focused map (a piece's) is enlarged: a third of the outline's width and height around the
/// place, enough of the country around it to say where it is.
const FOCUS_ZOOM: f64 = 3.0;

/// The part of the outline a focused map shows, and how much smaller than the full map's its pins and
/// numbers are drawn (in the outline's units) so they keep about the size they have on screen there.
fn focus_window(outline: &MapOutline, mapped: &[Mapped<'_>]) -> (ViewBox, f64) {
    let mut pins = Bounds::new();
    for m in mapped {
        pins.point(m.x, m.y);
    }
    let full = ViewBox { x: 0.0, y: 0.0, width: outline.width, height: outline.height };
    let Some(around) = pins.view_box(0.0) else { return (full, 1.0) };
    // The window is centred on the pins and at least big enough to hold them all and their numbers.
    let width = (outline.width / FOCUS_ZOOM).max(around.width + 80.0).min(outline.width);
    let height = (outline.height / FOCUS_ZOOM).max(around.height + 80.0).min(outline.height);
    let (cx, cy) = (around.x + around.width / 2.0, around.y + around.height / 2.0);
    let x = (cx - width / 2.0).clamp(0.0, outline.width - width);
    let y = (cy - height / 2.0).clamp(0.0, outline.height - height);
    let zoom = outline.width / width;
    // A little larger than the full map's on screen, as a piece's map is small.
    (ViewBox { x: x.round(), y: y.round(), width: width.round(), height: height.round() }, 1.5 / zoom)
}

/// The map itself: the outline and a numbered pin per place; with `focus`, zoomed to the pins.
fn pins_svg(ctx: &Ctx<'_>, out: &mut String, outline: &MapOutline, mapped: &[Mapped<'_>], focus: bool) -> fmt::Result {
    let title_id = ctx.id("map-title");
    let names: Vec<&str> = mapped.iter().map(|m| m.project.name.as_str()).collect();
    let full = ViewBox { x: 0.0, y: 0.0, width: outline.width, height: outline.height };
    let (window, size) = if focus { focus_window(outline, mapped) } else { (full, 1.0) };
    write!(
        out,
        "<svg class=\"bi-chart bi-map\" part=\"chart\" viewBox=\"{} {} {} {}\" role=\"img\" aria-labelledby=\"{title_id}\" \
         font-size=\"{}\"><title id=\"{title_id}\">{}: {}</title>\
         <path class=\"bi-map-outline\" d=\"{}\" fill=\"currentColor\" fill-opacity=\"0.08\" stroke=\"currentColor\" \
         stroke-width=\"{}\" stroke-linejoin=\"round\" vector-effect=\"non-scaling-stroke\"/>",
        num(window.x),
        num(window.y),
        num(window.width),
        num(window.height),
        num(16.0 * size),
        ctx.msg(Msg::MapTitle),
        escaped_join(names, ", "),
        esc(&outline.d),
        num(size.max(0.1)),
    )?;
    for (k, m) in mapped.iter().enumerate() {
        if m.pin != k {
            continue;
        }
        let (x, y) = (num(m.x), num(m.y));
        let at_pin = || mapped.iter().enumerate().filter(|(_, other)| other.pin == k);
        if at_pin().any(|(_, other)| other.coordinates.approximate) {
            // A ring of uncertainty says "somewhere about here".
            write!(
                out,
                "<g class=\"bi-pin bi-pin-approximate\"><circle class=\"bi-pin-area\" cx=\"{x}\" cy=\"{y}\" r=\"{}\" \
                 fill=\"none\" stroke=\"currentColor\" stroke-dasharray=\"3 3\" vector-effect=\"non-scaling-stroke\"/>",
                num(18.0 * size),
            )?;
        } else {
            out.push_str("<g class=\"bi-pin\">");
        }
        let numbers: Vec<String> = at_pin().map(|(i, _)| (i + 1).to_string()).collect();
        write!(
            out,
            "<circle class=\"bi-pin-dot\" cx=\"{x}\" cy=\"{y}\" r=\"{}\" fill=\"currentColor\"/>\
             <text class=\"bi-pin-number\" x=\"{}\" y=\"{}\" fill=\"currentColor\">{}</text></g>",
            num(6.0 * size),
            num(m.x + 14.0 * size),
            num(m.y - 10.0 * size),
            numbers.join(", "),
        )?;
    }
    out.push_str("</svg>");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline() -> MapOutline {
        MapOutline {
            attribution: "test".into(),
            lon_min: 124.0,
            lon_max: 131.0,
            lat_min: 37.5,
            lat_max: 43.0,
            width: 700.0,
            height: 550.0,
            d: "M0 0L700 0L700 550Z".into(),
        }
    }

    #[test]
    fn coordinates_project_inside_the_box_only() {
        let o = outline();
        let (x, y) = position(&o, 39.03, 125.75).expect("inside");
        assert!(x > 0.0 && x < o.width && y > 0.0 && y < o.height);
        assert_eq!(position(&o, 43.0, 124.0), Some((0.0, 0.0)));
        assert!(position(&o, 35.7, 139.7).is_none());
        assert!(position(&o, f64::NAN, 125.0).is_none());
    }

    #[test]
    fn degenerate_outlines_are_not_used() {
        assert!(usable(&outline()));
        assert!(!usable(&MapOutline { width: 0.0, ..outline() }));
        assert!(!usable(&MapOutline { lon_min: 131.0, ..outline() }));
        assert!(!usable(&MapOutline { lat_max: f64::INFINITY, ..outline() }));
    }
}
