#!title Which address does kmap() give a HighMem frame, and which does kmap_atomic()?
# mm24 quiz highmem -s SEED: blocks of HighMem frames are mapped and
# unmapped with kmap()/kunmap(), then mapped again.  map_new_virtual()
# takes the free pkmap slots after last_pkmap_nr in order; kunmap() only
# drops a slot's count to 1 (mapped, unused), so the frame keeps its
# address until a wrap flushes the window (the highmem chapter).
# kmap_atomic() uses this CPU's own fixmap slot of the km_type given,
# and a lowmem frame needs no mapping at all.
boot mem=1G cpus=2
alloc_pages GFP_HIGHUSER {0..3} as a
alloc_pages GFP_HIGHUSER {0..2} as b
alloc_pages GFP_KERNEL 0 as l
kmap a
kunmap a
@ask kmap(b): which addresses does it get?
kmap b
@ask kmap(a) again: which addresses now, and what count does /mm24/pkmap show for a's slots?
kmap a
cat /mm24/pkmap
@ask On CPU {C=0|1}, kmap_atomic(b, {T=KM_USER0|KM_USER1|KM_IRQ0|KM_SOFTIRQ1}) returns which address?
cpu {C}
kmap_atomic b {T}
@ask And kmap(l), of a lowmem frame?
kmap l
