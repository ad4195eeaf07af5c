# Issue 14, defect 2: on a 21 MiB machine (5376 frames: DMA spans 4096,
# Normal 1280, of which 1280 - 1280 * 56 / 4096 = 1263 are present) the
# frames of 20-21 MiB sit alone in the last 4 MiB PSE page of the direct
# map.  Allocating and zeroing every page the allocator gives must touch
# all of them without a fault.  The count: 3129 + 1187 = 4316 free pages,
# less what the watermark checks keep, 110 + 4 in DMA (min and the lowmem
# reserve against Normal allocations) and 32 in Normal (min 34, less the 2
# pages the per-cpu vmstat delta, threshold 2, hides): 4170.
boot mem=21M
cat /proc/zoneinfo
alloc_until_fail GFP_KERNEL|__GFP_ZERO|__GFP_NORETRY|__GFP_NOWARN 0
cat /proc/meminfo
