# Free frames in the buddy lists: only the first frame of a free block
# carries PG_buddy and the block's order in private.
boot mem=1G cpus=2
page pfn=8192
page pfn=8193
page pfn=7712
page pfn=7713
