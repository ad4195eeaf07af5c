# The two mmap layouts.  A program started with an unlimited stack
# (RLIMIT_STACK RLIM_INFINITY, inherited from its parent) gets the legacy
# layout: mmap bottom-up from TASK_UNMAPPED_BASE (0x40000000).  With a
# 256 MiB limit the top-down layout leaves 256 MiB below TASK_SIZE:
# mmap_base 0xb0000000.  vm.legacy_va_layout=1 forces the legacy layout
# whatever the limit.  A hint is taken when the range is free, MAP_FIXED
# always (over what is there).
boot mem=64M
exec sh as shell
setrlimit RLIMIT_STACK unlimited
exec legacy
mmap 0 8192 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
mmap 0x50000000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0x40001000 4096 PROT_EXEC MAP_PRIVATE|MAP_ANONYMOUS
cat /proc/self/maps
exit
setrlimit RLIMIT_STACK 268435456
exec topdown
mmap 0 8192 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
mmap 0xaffff000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
cat /proc/self/maps
exit
setrlimit RLIMIT_STACK 8388608
sysctl vm.legacy_va_layout=1
exec forced
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
cat /proc/self/maps
check
