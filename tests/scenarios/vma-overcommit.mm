# The three overcommit modes on a 64 MiB machine.  Mode 0 (the default
# heuristic) refuses a writable private mapping larger than the page
# cache plus the free pages (less 1/32 of each); MAP_NORESERVE is not
# charged.  Mode 2 refuses a charge that takes Committed_AS to
# CommitLimit (overcommit_ratio percent of RAM, less 1/32, less 1/32 of
# the program's size).  Mode 1 accepts anything that fits.  A read-only
# mapping is never charged.
boot mem=64M
exec cat
mmap 0 67108864 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 67108864 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE
mmap 0 67108864 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
sysctl vm.overcommit_memory=2
sysctl vm.overcommit_ratio=10
mmap 0 8388608 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 4194304 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 1048576 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
sysctl vm.overcommit_memory=1
mmap 0 1073741824 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
cat /proc/meminfo
sysctl vm.overcommit_memory=0
check
