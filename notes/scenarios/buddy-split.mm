# An order-3 request splits the order-5 block at pfn 7712 of the Normal
# zone; the free merges it back.  (1 GiB boot, no drain.)
boot mem=1G
page pfn=7712
page pfn=7680
alloc_pages GFP_USER_PAGECACHE 3 as x
page pfn=7720
page pfn=7728
cat /proc/buddyinfo
free_pages x
page pfn=7712
cat /proc/buddyinfo
check
