//! String helpers shared across the crate, written to keep std's pattern machinery out of the module.

/// `s.split_once(sep)` for an ASCII separator. A byte scan: `str::split_once` and `str::split` with a
/// `char` pattern bring `CharSearcher` (0.9 KB of Wasm with its setup), and every use had to go for it
/// to go. An ASCII byte never occurs inside a multi-byte character, so both halves are on char
/// boundaries (the checked splits only keep a panic path out).
#[inline(never)]
pub(crate) fn split_once_ascii(s: &str, sep: u8) -> Option<(&str, &str)> {
    // An index loop: `position` on the byte iterator kept the iterator in memory.
    let mut at = 0;
    while let Some(&b) = s.as_bytes().get(at) {
        if b == sep {
            let (before, after) = s.split_at_checked(at)?;
            return Some((before, after.get(1..)?));
        }
        at += 1;
    }
    None
}

/// Line `i` of `table` (as `split('\n').nth(i)`, "" out of range), by the one byte splitter the module
/// has anyway: `Split::nth` was code of its own.
pub(crate) fn line_of(table: &'static str, i: usize) -> &'static str {
    let mut rest = table;
    for _ in 0..i {
        match split_once_ascii(rest, b'\n') {
            Some((_, after)) => rest = after,
            None => return "",
        }
    }
    split_once_ascii(rest, b'\n').map_or(rest, |(line, _)| line)
}

/// `s.strip_prefix(first)` for an ASCII byte: `strip_prefix` with a `char` pattern was an instance of
/// its own, encoding the char to compare.
pub(crate) fn strip_ascii_prefix(s: &str, first: u8) -> Option<&str> {
    if s.as_bytes().first() == Some(&first) {
        s.get(1..)
    } else {
        None
    }
}

/// The byte offset `n` characters after `from` (the end of `text` at most).
pub(crate) fn forward_chars(text: &str, from: usize, n: usize) -> usize {
    let mut at = floor_boundary(text, from);
    let mut left = n;
    while at < text.len() {
        if !is_continuation(text, at) {
            if left == 0 {
                return at;
            }
            left -= 1;
        }
        at += 1;
    }
    text.len()
}

/// The char boundary at or before `at` (the end of `text` at most).
pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while at > 0 && is_continuation(text, at) {
        at -= 1;
    }
    at
}

/// Whether byte `at` of `text` continues a character (`0b10xx_xxxx`): `!is_char_boundary(at)` for `at`
/// up to `text.len()`, without its separate end-of-text case. Out of line: 5 B less gzipped.
#[inline(never)]
pub(crate) fn is_continuation(text: &str, at: usize) -> bool {
    matches!(text.as_bytes().get(at), Some(b) if b & 0xC0 == 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn splits_like_str_split_once() {
        for s in ["", "a", "-", "a-", "-b", "a-b-c", "é-ü", "가-나"] {
            assert_eq!(split_once_ascii(s, b'-'), s.split_once('-'), "{s}");
            assert_eq!(strip_ascii_prefix(s, b'-'), s.strip_prefix('-'), "{s}");
            for at in 0..=s.len() {
                assert_eq!(is_continuation(s, at), !s.is_char_boundary(at), "{s} {at}");
            }
        }
    }
}
