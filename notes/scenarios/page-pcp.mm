# Frames on this CPU's hot list: no PG_buddy, _count 0, and the migrate
# type in private.  An order-0 request takes the first frame whose
# private matches its own migrate type.
boot mem=1G cpus=2
page pfn=7711
alloc_pages GFP_USER_PAGECACHE 0 as movable
page movable
page pfn=7710
alloc_pages GFP_KERNEL 0 as kernel
page pfn=228376
