# The heap: brk(0) asks for the break, brk grows the bss VMA (it merges
# with itself), an unaligned break, a shrink, a break below the data,
# and a break that would run into a mapping.
boot mem=64M
exec cat
brk 0
brk 0x08050000
brk 0x08052123
cat /proc/self/maps
brk 0x0804f000
brk 0x08040000
mmap 0x08060000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
brk 0x08070000
cat /proc/self/maps
