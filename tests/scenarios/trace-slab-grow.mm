#!args run --trace=cache_grow --no-durations trace-slab-grow.mm
# The first allocation from a new cache: no slab at all, cache_grow()
# takes a colour, gets a page from the buddy allocator (kmem_getpages()),
# places the descriptor and its bufctls (alloc_slabmgmt()), points the
# page at the cache and the slab (slab_map_pages()) and chains the
# objects (cache_init_objs()); then the refill starts again.
boot mem=64M
kmem_cache_create foo 100
kmem_cache_alloc foo GFP_KERNEL as a
