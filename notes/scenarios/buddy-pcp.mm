# The per-cpu hot and cold lists of the Normal zone on two CPUs.
boot mem=1G cpus=2
drain_all_local_pages
alloc_pages GFP_KERNEL 0 as a
alloc_pages GFP_KERNEL 0 as b
alloc_pages GFP_KERNEL 0 as c
free_pages b
alloc_pages GFP_KERNEL 0 as d
alloc_pages GFP_USER_PAGECACHE 0 as m
free_pages m
page m
alloc_pages GFP_KERNEL|__GFP_COLD 0 as k
cpu 1
alloc_pages GFP_KERNEL 0 as e
show_mem
