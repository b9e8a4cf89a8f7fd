//! One sort for the whole crate.
//!
//! Every `sort_by`/`sort_by_key` call with a new closure or element type monomorphises a fresh copy of
//! the standard library's sort, 3–5 KB of Wasm each. Here every caller maps its elements to a `u64` key
//! and a single instantiation sorts `(key, original index)` pairs; the index makes the result stable.

/// Sorts `items` by ascending `key`, keeping the original order among equal keys.
///
/// Only the key collection and a loop of swaps are instantiated per caller; the sort and the working
/// out of the swaps are shared (a version moving items through a `Vec<Option<T>>` cost ~1.5 KB per caller).
pub fn sort_by_u64<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    let keyed: Vec<(u64, u32)> = items.iter().enumerate().map(|(i, t)| (key(t), i as u32)).collect();
    for (a, b) in sorted_swaps(keyed) {
        if a < items.len() && b < items.len() {
            items.swap(a, b);
        }
    }
}

/// Sorts (key, original position) pairs and returns the swaps that put the items in that order.
#[inline(never)]
fn sorted_swaps(mut keyed: Vec<(u64, u32)>) -> Vec<(usize, usize)> {
    sort_pairs(&mut keyed);
    // `at[p]`: the original position of the item now at `p`; `now[o]`: where the item from `o` is now.
    let mut at: Vec<u32> = (0..keyed.len() as u32).collect();
    let mut now = at.clone();
    let mut swaps = Vec::new();
    for (k, &(_, orig)) in keyed.iter().enumerate() {
        let p = now.get(orig as usize).map_or(k, |&p| p as usize);
        if p != k {
            swaps.push((k, p));
            let other = at.get(k).copied().unwrap_or(orig);
            if let Some(slot) = at.get_mut(k) {
                *slot = orig;
            }
            if let Some(slot) = at.get_mut(p) {
                *slot = other;
            }
            if let Some(slot) = now.get_mut(orig as usize) {
                *slot = k as u32;
            }
            if let Some(slot) = now.get_mut(other as usize) {
                *slot = p as u32;
            }
        }
    }
    swaps
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

    #[test]
    fn same_as_a_stable_sort() {
        let mut seed = 7u64;
        for len in 0..60 {
            let mut v: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) % 5, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|x| x.0);
            super::sort_by_u64(&mut v, |x| x.0);
            assert_eq!(v, expected);
        }
    }
}
