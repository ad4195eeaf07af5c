# The two layouts: top-down below mmap_base with the default 8 MiB stack
# limit, legacy bottom-up from TASK_UNMAPPED_BASE with an unlimited one.
boot mem=64M
exec sh as shell
exec topdown
mmap 0 8192 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
cat /proc/self/maps
exit
setrlimit RLIMIT_STACK unlimited
exec legacy
mmap 0 8192 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
cat /proc/self/maps
