//! One sort for the whole crate.
//!
//! Every `sort_by`/`sort_by_key` call with a new closure or element type monomorphises a fresh copy of
//! the standard library's sort, 3–5 KB of Wasm each. Here every caller maps its elements to a `u64` key
//! and a single instantiation sorts `(key, original index)` pairs; the index makes the result stable.

/// Sorts `items` by ascending `key`, keeping the original order among equal keys.
///
/// The sorted pairs give each place the original position of its item; the items are then moved by
/// following that permutation's cycles with swaps, in place and in linear time (no list of swaps, no
/// `Vec<Option<T>>`, which cost ~1.5 KB per caller).
pub fn sort_by_u64<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    // A plain loop: `map` + `collect` was its own copy of the collecting code in every instance.
    let mut keyed: Vec<(u64, u32)> = Vec::new();
    for (i, t) in items.iter().enumerate() {
        keyed.push((key(t), i as u32));
    }
    sort_pairs(&mut keyed);
    // `keyed[p].1`: where the item that belongs at `p` is now; set to `p` once `p` holds it.
    for start in 0..keyed.len() {
        let mut p = start;
        while let Some(slot) = keyed.get_mut(p) {
            let from = slot.1 as usize;
            slot.1 = p as u32;
            if from == start {
                break;
            }
            items.swap(p, from);
            p = from;
        }
    }
}

/// Sorts (key, original index) pairs; the sort behind [`sort_by_u64`], for callers that have such pairs.
///
/// A plain heap sort: still O(n log n), and ~4 KB less Wasm than `sort_unstable`'s pattern-defeating
/// quicksort with its small-sort networks. Being unstable does not matter: pairs that compare equal are
/// identical, so every correct sort gives the same result.
#[inline(never)]
pub(crate) fn sort_pairs(pairs: &mut [(u64, u32)]) {
    let len = pairs.len();
    for root in (0..len / 2).rev() {
        sift_down(pairs, root);
    }
    // Move the heap's maximum behind the shrinking heap, then restore the heap in front of it.
    for end in (1..len).rev() {
        pairs.swap(0, end);
        if let Some(heap) = pairs.get_mut(..end) {
            sift_down(heap, 0);
        }
    }
}

/// Lets `heap[root]` sink until it is no smaller than its children (`2 root + 1`, `2 root + 2`).
fn sift_down(heap: &mut [(u64, u32)], mut root: usize) {
    loop {
        let mut child = 2 * root + 1;
        let Some(&left) = heap.get(child) else { return };
        if heap.get(child + 1).is_some_and(|&right| left < right) {
            child += 1;
        }
        match (heap.get(root), heap.get(child)) {
            (Some(r), Some(c)) if r < c => heap.swap(root, child),
            _ => return,
        }
        root = child;
    }
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
    fn pairs_as_sort_unstable() {
        let mut seed = 11u64;
        for len in 0..200 {
            let mut v: Vec<(u64, u32)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 61) % 7, (i % 5) as u32)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_unstable();
            super::sort_pairs(&mut v);
            assert_eq!(v, expected);
        }
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
