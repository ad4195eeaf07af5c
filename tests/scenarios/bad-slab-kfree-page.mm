# kfree() of memory that is no slab object: page_get_cache() finds no
# PG_slab on the page, a BUG that 2.6.24 hits without any debugging.
boot mem=64M
__get_free_pages GFP_KERNEL 0 as p
kfree p
