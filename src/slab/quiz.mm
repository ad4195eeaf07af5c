#!title How does the slab allocator lay out a cache?
# mm24 quiz slab -s SEED: a cache of a random object size and alignment;
# how many objects a slab holds and how many pages it takes is what
# cache_estimate() and calculate_slab_order() decide (the slab chapter),
# and kmalloc() picks the first general cache big enough.
boot mem=64M
kmem_cache_create quiz_cache {24|40|72|100|200|300|500|700|1000|1500|2500|5000} {0|8|32|64}
@hide
@ask How many objects does one slab of quiz_cache hold, and how many pages is a slab?
cat /proc/slabinfo
@grep # name
@grep quiz_cache
@ask kmalloc({K=20|33|100|129|200|300|600|1025|3000}) comes from which general cache, and how many bytes does ksize() say the object has?
kmalloc {K} GFP_KERNEL as k
ksize k
