# Top-down placement: three mmaps below mmap_base, a munmap that leaves a
# hole, a mapping that fits in it, a hint, and MAP_FIXED; then the list
# and the red-black tree drawn live.
boot mem=64M
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as a
mmap 0 12288 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS as b
mmap 0 4096 PROT_READ|PROT_EXEC MAP_PRIVATE|MAP_ANONYMOUS as c
munmap b 12288
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0x50000000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0xb7fff000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0x20000000 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
cat /proc/self/maps
dot vma > vma-list-tree.dot
