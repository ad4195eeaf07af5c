# What faults cost and what exit gives back: /proc/meminfo before, with
# a parent and its child mapping 1 MiB of anonymous memory and a file,
# and after both exit.  tick folds the per-CPU counter deltas first.
boot mem=64M
file create /lib 16384 lib
tick
cat /proc/meminfo
exec sh as parent
mmap 0 1048576 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as big
touch big 1048576 write
mmap 0 16384 PROT_READ MAP_PRIVATE /lib as lib
touch lib 16384 read
fork as child
touch big 65536 write
tick
cat /proc/meminfo
cat /proc/self/status
exit child
exit parent
tick
cat /proc/meminfo
check
