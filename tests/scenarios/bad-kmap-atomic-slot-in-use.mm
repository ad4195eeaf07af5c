# Two kmap_atomic() in the same slot without a kunmap_atomic() between
# them: the slot's PTE is not empty, and kmap_atomic_prot() stops the
# kernel with BUG_ON(!pte_none()).  The same slot on another CPU is a
# different address, and is fine.
boot mem=1G cpus=2
alloc_pages GFP_HIGHUSER 0 as a
alloc_pages GFP_HIGHUSER 0 as b
kmap_atomic a KM_USER0
cpu 1
kmap_atomic b KM_USER0
cat /mm24/pkmap
cpu 0
kmap_atomic b KM_USER0
