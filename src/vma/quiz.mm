#!title Where does mmap() put a mapping, and which VMAs merge?
# mm24 quiz vma -s SEED: a program is exec'd with the top-down layout,
# two anonymous mappings are made with address 0 and the first one is
# unmapped.  arch_get_unmapped_area_topdown() starts below
# free_area_cache, which an unmap above it moves back up;
# vma_merge() joins a new anonymous mapping to a neighbour with the same
# flags, and mprotect() splits a VMA where the protection changes (the
# vma chapter).
boot mem=64M
exec {cat|sh|ls} text={16K|40K} data={4K|8K} bss={4K|12K}
mmap 0 {4096|8192|12288} PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as m1
mmap 0 {4096|8192} PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as m2
munmap m1 {4096|8192}
@ask mmap(0, {N=4096|8192|16384}, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS) returns which address, and does the new mapping merge with a neighbour?
mmap 0 {N} PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as m3
cat /proc/self/maps
@ask mprotect() of m2's first page to {PROT_READ|PROT_NONE}: how many VMAs does the process have then?
mprotect m2 4096 {PROT_READ|PROT_NONE}
cat /proc/self/maps
