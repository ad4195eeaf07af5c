# Commit accounting on 64 MiB: mode 0's heuristic, MAP_NORESERVE, a
# read-only mapping, mode 2 with overcommit_ratio 10, mode 1; then a ratio
# whose product with the RAM's pages wraps round i386's 32 bits.
boot mem=64M
exec cat
mmap 0 67108864 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 67108864 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE
mmap 0 67108864 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
sysctl vm.overcommit_memory=2
sysctl vm.overcommit_ratio=10
mmap 0 4194304 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 1048576 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
cat /proc/meminfo
sysctl vm.overcommit_memory=1
mmap 0 1073741824 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
sysctl vm.overcommit_memory=2
sysctl vm.overcommit_ratio=300000
grep Commit /proc/meminfo
