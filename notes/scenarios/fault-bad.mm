# Bad user accesses, one task each: the "segfault at" line carries CR2,
# the user's eip and esp, and the error code (bit 0 protection, bit 1
# write, bit 2 user mode); the task dies of SIGSEGV and the machine runs
# on.
boot mem=64M
exec cat as nomap
load 0x1000
exec cat as ro
mmap 0x10000000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
store 0x10000000 1
exec cat as present
mmap 0x10000000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
load 0x10000000
store 0x10000000 1
exec cat as none
mmap 0x10000000 4096 PROT_NONE MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
load 0x10000000
exec cat as kernel
load 0xc0000000
exec cat as text
store 0x08048000 0x90
ps
