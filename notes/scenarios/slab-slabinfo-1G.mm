# /proc/slabinfo right after a 1 GiB boot with one CPU: the general
# caches and their DMA twins, cache_cache ("kmem_cache") at the bottom,
# the caches of the units above the slab at the top.
boot mem=1G
cat /proc/slabinfo
