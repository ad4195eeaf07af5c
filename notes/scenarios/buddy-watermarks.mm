# How deep each kind of caller may dig: order-0 allocations until the
# first failure, as GFP_KERNEL, then GFP_ATOMIC, then as the reclaimer
# (PF_MEMALLOC).  64 MiB: Normal min 190, DMA min 63.
boot mem=64M
alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 0 as k
cat /proc/buddyinfo
alloc_until_fail GFP_ATOMIC|__GFP_NOWARN 0 as a
cat /proc/buddyinfo
memalloc on
alloc_until_fail GFP_KERNEL|__GFP_NOWARN 0 as m
memalloc off
cat /proc/buddyinfo
