# The reference count of an allocated page: get_page() adds one,
# put_page() drops one and frees the page when the count reaches 0.
boot mem=1G cpus=2
alloc_pages GFP_KERNEL 0 as a
page a
get_page a
page a
trace durations off
trace on
put_page a
put_page a
trace off
page pfn=228375
alloc_pages GFP_KERNEL 0 as b
