//! The box a figure's drawing occupies, so a piece's figure can be cropped to what it shows (an actor
//! with one relation is a small figure, not a corner of the whole network's canvas).
//!
//! Text has no measured size when the SVG is written (in Rust, and for the static fallback, before any
//! font is known), so a label's width is estimated from its characters, generously: a crop that is a
//! little loose is harmless, one that cuts a label is not.

use super::num;

/// An estimate of a label's width in user units at `font_size`: about 0.62 em for a Latin character
/// (bold sans-serif averages less), a full em for a wide one (Hangul, CJK).
pub(crate) fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(|c| if (c as u32) >= 0x1100 { 1.0 } else { 0.62 }).sum::<f64>() * font_size
}

/// The smallest box holding every point and label added; empty until something is added.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bounds {
    min_x: f64,
    min_y: f64,
    max_x: f64,
    max_y: f64,
}

impl Bounds {
    pub(crate) fn new() -> Self {
        Bounds { min_x: f64::INFINITY, min_y: f64::INFINITY, max_x: f64::NEG_INFINITY, max_y: f64::NEG_INFINITY }
    }

    pub(crate) fn point(&mut self, x: f64, y: f64) {
        if x.is_finite() && y.is_finite() {
            self.min_x = self.min_x.min(x);
            self.max_x = self.max_x.max(x);
            self.min_y = self.min_y.min(y);
            self.max_y = self.max_y.max(y);
        }
    }

    /// A circle (a node, a pin) of radius `r` at (`x`, `y`).
    pub(crate) fn circle(&mut self, x: f64, y: f64, r: f64) {
        self.point(x - r, y - r);
        self.point(x + r, y + r);
    }

    /// A text label drawn at (`x`, `y`) (its baseline) with this `text-anchor`.
    pub(crate) fn label(&mut self, x: f64, y: f64, anchor: &str, text: &str, font_size: f64) {
        let b = LabelBox::new(x, y, anchor, text, font_size);
        self.point(b.left, b.top);
        self.point(b.right, b.bottom);
    }

    /// The `viewBox` value of this box grown by `pad` on every side, or `None` when nothing was added.
    pub(crate) fn view_box(&self, pad: f64) -> Option<ViewBox> {
        if self.min_x > self.max_x || self.min_y > self.max_y {
            return None;
        }
        let x = (self.min_x - pad).floor();
        let y = (self.min_y - pad).floor();
        Some(ViewBox { x, y, width: (self.max_x + pad).ceil() - x, height: (self.max_y + pad).ceil() - y })
    }
}

/// The estimated box of a text label, to keep labels from being drawn over one another.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LabelBox {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl LabelBox {
    /// A label drawn at (`x`, `y`) (its baseline) with this `text-anchor`.
    pub(crate) fn new(x: f64, y: f64, anchor: &str, text: &str, font_size: f64) -> Self {
        let w = text_width(text, font_size);
        let (left, right) = match anchor {
            "end" => (x - w, x),
            "middle" => (x - w / 2.0, x + w / 2.0),
            _ => (x, x + w),
        };
        // Ascenders reach about an em above the baseline, descenders a quarter below it.
        LabelBox { left, top: y - font_size, right, bottom: y + font_size * 0.3 }
    }

    pub(crate) fn overlaps(&self, other: &LabelBox) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }
}

/// A cropped viewBox, in whole units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl ViewBox {
    /// The attributes of an `<svg>` drawn at its natural size at most: `viewBox`, and `width`/`height` so
    /// a small figure is not blown up to the column's width (the stylesheet lets it shrink to fit).
    pub(crate) fn attributes(&self) -> String {
        format!(
            "viewBox=\"{} {} {} {}\" width=\"{}\" height=\"{}\"",
            num(self.x),
            num(self.y),
            num(self.width),
            num(self.height),
            num(self.width),
            num(self.height)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_hold_circles_and_labels() {
        let mut b = Bounds::new();
        assert!(b.view_box(4.0).is_none());
        b.circle(100.0, 100.0, 10.0);
        b.label(100.0, 130.0, "middle", "abcd", 10.0);
        let vb = b.view_box(0.0).expect("something added");
        assert_eq!((vb.x, vb.y), (87.0, 90.0));
        assert_eq!((vb.width, vb.height), (26.0, 43.0));
        assert!(vb.attributes().starts_with("viewBox=\"87 90 26 43\""));
        b.point(f64::NAN, 0.0);
        assert_eq!(b.view_box(0.0), Some(vb));
    }

    #[test]
    fn label_boxes_overlap_only_when_they_share_area() {
        let a = LabelBox::new(100.0, 100.0, "middle", "restoring relations", 11.0);
        assert!(a.overlaps(&LabelBox::new(150.0, 100.0, "middle", "restoring relations", 11.0)));
        assert!(!a.overlaps(&LabelBox::new(170.0, 100.0, "start", "restoring relations", 11.0)));
        assert!(!a.overlaps(&LabelBox::new(100.0, 120.0, "middle", "restoring relations", 11.0)));
    }

    #[test]
    fn wide_characters_count_a_full_em() {
        assert!(text_width("북한", 13.0) > text_width("NK", 13.0));
    }
}
