# Take every order-10 block, then ask for one more with plain GFP_KERNEL:
# the costly-order rule fails it before the OOM killer.
boot mem=64M
cat /proc/buddyinfo
alloc_until_fail GFP_KERNEL|__GFP_NOWARN 10 as big
cat /proc/buddyinfo
alloc_pages GFP_KERNEL 10
