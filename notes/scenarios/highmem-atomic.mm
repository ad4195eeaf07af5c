# Atomic kmaps on two CPUs.  KM_USER0 is one fixmap slot per CPU, so both
# CPUs use it at once; one frame may sit in two slots; a lowmem frame
# gets its direct-map address and no slot.  Then a zeroed HighMem page:
# prep_zero_page() clears it through KM_USER0 (clear_highpage()).
boot mem=1G cpus=2
alloc_pages GFP_HIGHUSER 0 as a
alloc_pages GFP_HIGHUSER 0 as b
alloc_pages GFP_KERNEL 0 as l
kmap_atomic a KM_USER0
kmap_atomic l KM_USER1
cpu 1
kmap_atomic b KM_USER0
kmap_atomic a KM_IRQ0
cat /mm24/pkmap
kunmap_atomic a KM_IRQ0
kunmap_atomic b KM_USER0
cpu 0
kunmap_atomic l KM_USER1
kunmap_atomic a KM_USER0
trace durations off
trace set_graph_function clear_highpage
trace on
alloc_pages GFP_HIGHUSER|__GFP_ZERO 0 as z
trace off
