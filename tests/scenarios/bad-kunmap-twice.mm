# One kunmap() more than kmap()s: the count of the slot would go from 1
# (mapped, unused) to 0 without the TLB flush that must come first, and
# kunmap_high() stops the kernel with BUG().
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as a
kmap a
kunmap a
cat /mm24/pkmap
kunmap a
