# A short session: allocate, look, give back, check the invariants.
boot mem=64M
alloc_pages GFP_KERNEL 2 as a
page a
cat /proc/buddyinfo
free_pages a
cat /proc/buddyinfo
check
