# Without MAP_ANONYMOUS an mmap needs a file to map.
boot mem=64M
exec cat
mmap 0 4096 PROT_READ MAP_PRIVATE
