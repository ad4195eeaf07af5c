# mremap: shrink, grow in place, a growth blocked by a neighbour, and the
# same growth allowed to move (MREMAP_MAYMOVE).
boot mem=64M
exec cat
mmap 0x10000000 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
mremap 0x10000000 16384 8192
mremap 0x10000000 8192 24576
mmap 0x10006000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
mremap 0x10000000 24576 32768
mremap 0x10000000 24576 32768 MREMAP_MAYMOVE
cat /proc/self/maps
