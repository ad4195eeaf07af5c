# mprotect() splits a VMA and merges it back (vma_merge() cases 4 to 8
# through mprotect_fixup()); mremap() shrinks, grows in place, moves.
# A private mapping made writable is charged from then on (VM_ACCOUNT),
# even when it is made read-only again: it then no longer merges with a
# fresh read-only neighbour.
boot mem=64M
exec cat
mmap 0 24576 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS as m
mprotect m+8192 8192 PROT_READ|PROT_WRITE
cat /proc/self/maps
mprotect m+8192 8192 PROT_READ
cat /proc/self/maps
mprotect m 24576 PROT_READ|PROT_WRITE
cat /proc/self/maps
mremap m 24576 8192
mremap m 8192 16384
mmap 0 4096 PROT_EXEC MAP_PRIVATE|MAP_ANONYMOUS
mremap m 16384 65536
mremap m 16384 65536 MREMAP_MAYMOVE
cat /proc/self/maps
check
