# The call path of one GFP_KERNEL page on a fresh machine, without the
# duration column, then the same request timed.
boot mem=64M
trace durations off
trace on
alloc_pages GFP_KERNEL 0 as a
trace off
trace durations on
trace on
alloc_pages GFP_KERNEL 0 as b
trace off
