#!args run --trace=__free_pages,drain_local_pages --max-depth=3 --no-durations trace-filter.mm
# The command-line tracer: only calls below __free_pages() and
# drain_local_pages(), at most three levels deep.
boot mem=1G
alloc_pages GFP_KERNEL 2 as a
alloc_pages GFP_KERNEL 0 as b
free_pages a
free_pages b
drain_local_pages
