# alloc_until_fail that gets no block still names the (empty) group:
# page, dot and free on it are script errors, not host crashes.
boot mem=16M
alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 10
alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 10 as x
page x
