//! One sort for the whole crate.
//!
//! Every `sort_by`/`sort_by_key` call with a new closure or element type monomorphises a fresh copy of
//! the standard library's sort, 3–5 KB of Wasm each. Here every caller maps its elements to a `u64` key
//! and a single instantiation sorts `(key, original index)` pairs; the index makes the result stable.

/// Sorts `items` by ascending `key`, keeping the original order among equal keys.
pub fn sort_by_u64<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, u32)> = items.iter().enumerate().map(|(i, t)| (key(t), i as u32)).collect();
    sort_pairs(&mut keyed);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.iter().filter_map(|&(_, i)| slots.get_mut(i as usize).and_then(Option::take)));
}

/// Sorts (key, original index) pairs; the sort behind [`sort_by_u64`], for callers that have such pairs.
#[inline(never)]
pub(crate) fn sort_pairs(pairs: &mut [(u64, u32)]) {
    pairs.sort_unstable();
}

/// Packs a line and column into one key that orders by line, then column.
pub fn position_key(line: u32, column: u32) -> u64 {
    ((line as u64) << 32) | column as u64
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        super::sort_by_u64(&mut v, |x| x.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }
}
