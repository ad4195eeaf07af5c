# vmalloc=1016M leaves MAXMEM = 4G - 3G - 1016M = 8 MiB of lowmem: enough
# for the image and bootmem, not for the mem_map of a 1 GiB machine
# (262144 struct pages), so alloc_bootmem_node() fails and __alloc_bootmem()
# panics "Out of memory", as in 2.6.24.  The boot log is shown up to the
# panic; exit 1.
boot mem=1G vmalloc=1016M
cat /proc/meminfo
