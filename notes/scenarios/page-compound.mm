# An order-2 compound page: the head has PG_compound and _count 1, each
# tail PG_compound|PG_reclaim, _count 0 and first_page (shown as private,
# the word it shares) pointing at the head.
boot mem=1G cpus=2
alloc_pages GFP_KERNEL|__GFP_COMP 2 as c
page c
page pfn=228385
page pfn=228387
page pfn=228388
trace durations off
trace max_depth 3
trace on
free_pages c
trace off
page pfn=228384
page pfn=228385
