# What became of the low frames once mem_init() has run (mem=64M):
# reserved frames keep PG_reserved and a count of 1, frames given to the
# buddy allocator are free (PG_buddy on the first frame of a free block).
boot mem=64M
page pfn=0
page pfn=1
page pfn=2
page pfn=3
page pfn=4
page pfn=159
page pfn=256
page pfn=1012
page pfn=1119
page pfn=1121
page pfn=1122
page pfn=1123
page pfn=4096
page pfn=4320
page pfn=4321
