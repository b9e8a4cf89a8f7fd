//! Filling markup templates: one out-of-line loop instead of a `format!` per tag. Each `format!` call
//! site builds its `fmt::Arguments` inline; the SVG views had dozens of them.

use super::escape::push_escaped;
use super::i18n::{tr, Msg};
use super::Lang;

/// A value for the next `{}` of a template.
pub(crate) enum Arg<'a> {
    /// A coordinate or count: one decimal at most, no `-0` (as [`super::num`]).
    Num(f64),
    /// Markup or an already escaped value, pushed as is.
    Raw(&'a str),
    /// Brief text, escaped.
    Text(&'a str),
    /// A message in a language, escaped (see [`super::Ctx::msg`]): its number is smaller code at the call
    /// site than its text.
    Label(Lang, Msg),
}

/// Appends `template` to `out` with each `{}` replaced by the next of `args` (nothing once they run
/// out). Templates are static markup, which has no other `{`.
#[inline(never)]
pub(crate) fn fill(out: &mut String, template: &str, args: &[Arg<'_>]) {
    let mut args = args.iter();
    let mut rest = template;
    while to_hole(out, &mut rest) {
        match args.next() {
            Some(Arg::Num(v)) => push_num(out, *v),
            Some(Arg::Raw(t)) => out.push_str(t),
            Some(Arg::Text(t)) => push_escaped(out, t),
            Some(Arg::Label(lang, m)) => push_escaped(out, tr(*lang, *m)),
            None => {}
        }
    }
}

/// Appends `rest` up to its next `{}` and moves past that, or appends all of it: whether there was a `{}`.
/// Out of line: [`fill`] and [`fill_nums`] share it rather than each having its own search.
#[inline(never)]
fn to_hole(out: &mut String, rest: &mut &str) -> bool {
    match crate::text::split_once_ascii(rest, b'{') {
        Some((before, after)) => {
            out.push_str(before);
            *rest = after.get(1..).unwrap_or("");
            true
        }
        None => {
            out.push_str(rest);
            false
        }
    }
}

/// Appends a number as [`super::num`] writes it.
#[inline(never)]
pub(crate) fn push_num(out: &mut String, v: f64) {
    out.push_str(&super::num(v));
}

/// `"true"` or `"false"`, for `aria-pressed`.
pub(crate) fn bool_text(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// [`fill`] for templates whose every `{}` is a number: a plain `f64` array is smaller code at the call
/// site than one of [`Arg`]s.
#[inline(never)]
pub(crate) fn fill_nums(out: &mut String, template: &str, nums: &[f64]) {
    let mut nums = nums.iter();
    let mut rest = template;
    while to_hole(out, &mut rest) {
        if let Some(v) = nums.next() {
            push_num(out, *v);
        }
    }
}
