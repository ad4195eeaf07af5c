boot mem=16M
alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 10
alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 10 as x
dot buddy x
