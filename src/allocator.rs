//! The Wasm module's allocator: power-of-two size classes, each with a free list, carved from
//! `memory.grow`.
//!
//! Why not Rust's default (dlmalloc): it is 4.6 KB of code, 2 KB of the module gzipped, and a widget
//! does not need what that buys (coalescing, splitting, returning memory), because Wasm linear memory
//! never shrinks anyway. Why not wee_alloc: it leaks without bound (wee_alloc#106, RUSTSEC-2022-0054).
//! bench/allocator.md has the three measured side by side.
//!
//! How it stays bounded: a freed block goes to the free list of its class and is the next block handed
//! out for that class, so a page that repeats the same calls reuses the same blocks; memory grows only to
//! the largest number of blocks of each class alive at once. The price is up to 2x for a block (a 90 KB
//! brief text takes a 128 KiB block), and no reuse across classes. Strings and vectors grow by doubling,
//! which fits power-of-two classes.
//!
//! The heap logic is plain Rust over addresses, tested natively (tests below) with a borrowed arena in
//! place of `memory.grow`.

use core::alloc::Layout;

/// 16 bytes: room for the free-list link, and every alignment Rust asks for on wasm32 but SIMD's.
const SMALLEST_CLASS: u32 = 4;
pub const PAGE: usize = 65_536;

/// The free lists and the bump region `[next, end)`. Addresses are `usize`, 0 meaning "none" (address
/// 0 is never handed out: the first region starts at the memory's end, past the data and stack).
pub struct Heap {
    free: [usize; usize::BITS as usize],
    next: usize,
    end: usize,
}

/// The size class of a layout: blocks of `1 << class` bytes, aligned to their size, so every alignment
/// up to the size is met.
fn class_of(layout: Layout) -> u32 {
    let size = layout.size().max(layout.align()).max(1 << SMALLEST_CLASS);
    usize::BITS - (size - 1).leading_zeros()
}

impl Heap {
    pub const fn new() -> Self {
        Heap { free: [0; usize::BITS as usize], next: 0, end: 0 }
    }

    /// A block for `layout`, or 0 when memory cannot grow. `grow(pages)` adds pages to memory and returns
    /// the address where they start, or `None`.
    ///
    /// # Safety
    /// The heap must own every address it was given by `grow`, and the free lists must hold only blocks
    /// it handed out and got back.
    pub unsafe fn alloc(&mut self, layout: Layout, grow: &mut dyn FnMut(usize) -> Option<usize>) -> usize {
        let class = class_of(layout);
        let Some(head) = self.free.get_mut(class as usize) else { return 0 };
        if *head != 0 {
            let block = *head;
            *head = *(block as *const usize);
            return block;
        }
        let size = 1usize << class;
        loop {
            let start = match self.next.checked_add(size - 1) {
                Some(n) => n & !(size - 1),
                None => return 0,
            };
            let Some(after) = start.checked_add(size) else { return 0 };
            if after <= self.end {
                // The gap that aligning skipped is split into aligned power-of-two blocks (the lowest set
                // bit of an address is the largest block aligned there) for the smaller classes.
                while self.next < start {
                    let piece = self.next & self.next.wrapping_neg();
                    self.push(self.next, piece.trailing_zeros());
                    self.next += piece;
                }
                self.next = after;
                return start;
            }
            let pages = (after - self.end).div_ceil(PAGE);
            let Some(region) = grow(pages) else { return 0 };
            if region != self.end {
                // First use, or memory grown by someone else: start a new region there; the tail of the
                // old one is left unused.
                self.next = region;
            }
            self.end = region + pages * PAGE;
        }
    }

    /// Gives a block back to its class.
    ///
    /// # Safety
    /// `block` came from [`Self::alloc`] with the same layout and is not used any more.
    pub unsafe fn free(&mut self, block: usize, layout: Layout) {
        self.push(block, class_of(layout));
    }

    /// Whether a block allocated for `old` also serves `new` (same class): then `realloc` keeps it.
    pub fn same_block(old: Layout, new: Layout) -> bool {
        class_of(old) == class_of(new)
    }

    unsafe fn push(&mut self, block: usize, class: u32) {
        if let Some(head) = self.free.get_mut(class as usize) {
            *(block as *mut usize) = *head;
            *head = block;
        }
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(all(target_arch = "wasm32", not(feature = "wee_alloc"), not(feature = "dlmalloc")))]
mod global {
    use super::{Heap, PAGE};
    use core::alloc::{GlobalAlloc, Layout};
    use core::arch::wasm32;
    use core::cell::UnsafeCell;

    struct SizeClassAllocator(UnsafeCell<Heap>);

    // wasm32-unknown-unknown without the atomics feature has one thread: no two calls overlap.
    unsafe impl Sync for SizeClassAllocator {}

    fn grow(pages: usize) -> Option<usize> {
        match wasm32::memory_grow(0, pages) {
            usize::MAX => None,
            old_pages => Some(old_pages * PAGE),
        }
    }

    unsafe impl GlobalAlloc for SizeClassAllocator {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            (*self.0.get()).alloc(layout, &mut grow) as *mut u8
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            (*self.0.get()).free(ptr as usize, layout)
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            if Heap::same_block(layout, new_layout) {
                return ptr;
            }
            let new = self.alloc(new_layout);
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }

    #[global_allocator]
    static ALLOCATOR: SizeClassAllocator = SizeClassAllocator(UnsafeCell::new(Heap::new()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 64 KiB-aligned arena standing in for linear memory; `grow` hands out its pages in order.
    struct Arena {
        _memory: Vec<u8>,
        base: usize,
        pages: usize,
        used: usize,
    }

    impl Arena {
        fn new(pages: usize) -> Self {
            let memory = vec![0u8; (pages + 1) * PAGE];
            let base = (memory.as_ptr() as usize).div_ceil(PAGE) * PAGE;
            Arena { _memory: memory, base, pages, used: 0 }
        }
        fn grow(&mut self, pages: usize) -> Option<usize> {
            if self.used + pages > self.pages {
                return None;
            }
            let at = self.base + self.used * PAGE;
            self.used += pages;
            Some(at)
        }
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn blocks_are_aligned_disjoint_and_writable() {
        let mut arena = Arena::new(64);
        let mut heap = Heap::new();
        let mut live: Vec<(usize, Layout)> = Vec::new();
        let mut seed = 0x2545_f491_u32;
        for round in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let size = 1 + (seed as usize % if round % 50 == 0 { 70_000 } else { 300 });
            let align = 1 << ((seed >> 28) % 5);
            let l = layout(size, align);
            let block = unsafe { heap.alloc(l, &mut |p| arena.grow(p)) };
            assert_ne!(block, 0, "arena exhausted at round {round}");
            assert_eq!(block % align, 0);
            for &(other, other_layout) in &live {
                assert!(block + size <= other || other + other_layout.size() <= block, "blocks overlap");
            }
            unsafe { core::ptr::write_bytes(block as *mut u8, 0xAB, size) };
            live.push((block, l));
            if seed % 3 == 0 {
                let (gone, gone_layout) = live.swap_remove(seed as usize % live.len());
                unsafe { heap.free(gone, gone_layout) };
            }
        }
    }

    #[test]
    fn a_repeated_workload_stops_growing() {
        let mut arena = Arena::new(256);
        let mut heap = Heap::new();
        let mut used_after = Vec::new();
        for _ in 0..50 {
            let mut blocks = Vec::new();
            for size in [24, 100, 5_000, 90_000, 13, 300_000, 64, 1_000] {
                let block = unsafe { heap.alloc(layout(size, 8), &mut |p| arena.grow(p)) };
                assert_ne!(block, 0);
                blocks.push((block, size));
            }
            for (block, size) in blocks {
                unsafe { heap.free(block, layout(size, 8)) };
            }
            used_after.push(arena.used);
        }
        assert_eq!(used_after[1], used_after[49], "memory grew on repeating the same calls: {used_after:?}");
    }

    #[test]
    fn realloc_within_a_class_keeps_the_block() {
        assert!(Heap::same_block(layout(17, 1), layout(32, 1)));
        assert!(!Heap::same_block(layout(32, 1), layout(33, 1)));
        assert!(Heap::same_block(layout(1, 1), layout(16, 8)));
    }

    #[test]
    fn out_of_memory_is_a_null_block_not_a_panic() {
        let mut arena = Arena::new(2);
        let mut heap = Heap::new();
        assert_eq!(unsafe { heap.alloc(layout(3 * PAGE, 8), &mut |p| arena.grow(p)) }, 0);
        assert_eq!(unsafe { heap.alloc(layout(usize::MAX / 2, 1), &mut |p| arena.grow(p)) }, 0);
        assert_ne!(unsafe { heap.alloc(layout(100, 8), &mut |p| arena.grow(p)) }, 0);
    }
}
