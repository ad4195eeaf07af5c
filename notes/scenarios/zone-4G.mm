# The largest machine: lowmem is still 896 MiB, so min_free_kbytes and the
# DMA/Normal watermarks are those of mem=1G; HighMem's pages_min hits the
# 128 clamp and the protection of the lower zones grows with HighMem.
boot mem=4G
show_mem
