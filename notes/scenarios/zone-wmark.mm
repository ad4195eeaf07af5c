# How deep each kind of request may dig into the lowmem zones of a
# 1 GiB machine: GFP_KERNEL stops at pages_min (+ lowmem_reserve in DMA),
# GFP_ATOMIC (ALLOC_HIGH|ALLOC_HARDER) goes on down to 3/8 of pages_min.
boot mem=1G
alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 0 as k
show_mem
alloc_until_fail GFP_ATOMIC|__GFP_NOWARN 0 as a
show_mem
