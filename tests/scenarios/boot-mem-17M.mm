#!args boot mem=17M
# Issue 14, defect 2: RAM that ends inside a 4 MiB PSE page.  The last
# directory entry of the direct map covers 16-20 MiB; only 16-17 MiB exist.
# 2.6.24 boots: 17 MiB = 4352 frames, all low (max_pfn = max_low_pfn =
# 0x1100000 >> 12), DMA 0-4096 and Normal 4096-4352, "Memory: .../17408k".
