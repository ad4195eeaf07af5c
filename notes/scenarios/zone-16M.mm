# The smallest machine: one populated zone (DMA), no lowmem_reserve,
# min_free_kbytes = sqrt(16 * 16160) = 508, batch 0 -> high 0, batch 1.
boot mem=16M
cat /proc/zoneinfo
