# Bad user accesses: each ends in the "segfault at" line with the i386
# error code (bit 0 protection, bit 1 write, bit 2 user), SIGSEGV with
# its si_code, and the task killed; the machine runs on.
boot mem=64M
exec cat as a
load 0x1000
exec cat as b
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS as ro
store ro 1
exec cat as c
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS as ro2
load ro2
store ro2 1
exec cat as d
mmap 0 4096 PROT_NONE MAP_PRIVATE|MAP_ANONYMOUS as none
load none
exec cat as e
load 0xc0000000
ps
check
