# expect-failure: with slab_debug, the second free of d finds its red
# zones already marked inactive and says so; the free goes on all the
# same, so d now sits twice in the CPU's array, and the shrink that
# drains the array hits the BUG in slab_put_obj().
boot mem=64M slab_debug
kmem_cache_create foo 40
kmem_cache_alloc foo GFP_KERNEL as d
kmem_cache_alloc foo GFP_KERNEL as e
kmem_cache_free foo d
double_free d
kmem_cache_shrink foo
