# vmalloc=1G, taken as 2.6.24 takes it (any memparse size): MAXMEM =
# 4G - 3G - 1G = 0, so max_low_pfn is 0 and all of a 1 GiB machine is
# highmem.  bootmem then covers no frame at all, and the reservation of the
# kernel image trips reserve_bootmem_core()'s BUG_ON(PFN_DOWN(addr) >=
# node_low_pfn), as in 2.6.24.  The boot log is shown up to the BUG; exit 1.
boot mem=1G vmalloc=1G
cat /proc/meminfo
