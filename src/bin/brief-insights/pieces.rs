//! `render --item ID`, `render --format svg` and `embed --item ID`: one item as a piece for an article,
//! and charts as image files with their source drawn in (docs/explainers.md).

use crate::cli::{EmbedArgs, RenderArgs, RenderFormat};
use crate::{eprint_text, print_text, OK, USAGE};
use brief_insights::render::{self, ExportError, Figure, RenderOptions};
use brief_insights::LoadedBrief;

/// What `render` prints for `--item` or `--format svg`: the piece, or the SVG file. `None` when neither
/// is asked for (the document or one view, as before).
pub fn render_piece_or_svg(args: &RenderArgs, brief: &LoadedBrief, options: &RenderOptions) -> Option<u8> {
    let figure = match (args.format, args.item.as_deref(), args.view) {
        (RenderFormat::Html, None, _) => return None,
        (RenderFormat::Html, Some(id), _) => {
            return Some(match render::render_item(brief, id, options) {
                Some(piece) => {
                    print_text(&format!("{piece}\n"));
                    OK
                }
                None => unknown_item(id),
            })
        }
        (RenderFormat::Svg, Some(id), _) => Figure::Item(id),
        (RenderFormat::Svg, None, Some(view)) => Figure::View(view),
        (RenderFormat::Svg, None, None) => {
            eprint_text("error: --format svg needs --view (partners, projects, timeline, economy) or --item ID\n");
            return Some(USAGE);
        }
    };
    Some(match render::render_svg(brief, figure, options) {
        Ok(svg) => {
            print_text(&svg);
            OK
        }
        Err(ExportError::UnknownItem(id)) => unknown_item(&id),
        Err(why @ ExportError::NoFigure) => {
            eprint_text(&format!(
                "error: {why} (charts: --view partners, projects, timeline, economy, or an item with one)\n"
            ));
            USAGE
        }
    })
}

/// For `embed --item`: the piece as the fallback, and the `item` (and `href`) attributes. `Ok(None)`
/// without `--item`.
pub fn embed_piece(
    args: &EmbedArgs,
    brief: &LoadedBrief,
    options: &RenderOptions,
) -> Result<Option<(String, String)>, u8> {
    let Some(id) = args.item.as_deref() else { return Ok(None) };
    let options = RenderOptions { href: args.href.clone(), ..options.clone() };
    let Some(piece) = render::render_item(brief, id, &options) else { return Err(unknown_item(id)) };
    let e = render::escape_html;
    let mut attributes = format!(" item=\"{}\"", e(id));
    if let Some(href) = &args.href {
        attributes.push_str(&format!(" href=\"{}\"", e(href)));
    }
    Ok(Some((piece, attributes)))
}

fn unknown_item(id: &str) -> u8 {
    eprint_text(&format!("error: the brief has no item \"{id}\"\n"));
    USAGE
}
