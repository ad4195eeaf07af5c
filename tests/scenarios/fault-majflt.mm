# Major faults: a file on the emulated disk (file create ... disk) has
# no page in the page cache; the first touch of each page reads it in
# through ->readpage and is a major fault (pgmajfault; pgfault counts it
# too); a second touch is no fault.
# drop_caches drops the clean, unmapped pages: the ramfs file's pages
# (dirty) and the disk page a shared write dirtied stay; a page still
# mapped stays; the others go, and touching them again is major again.
boot mem=64M
exec sh as p
file create /ram 8192 ram
file create /disk 20480 wxyz disk
file list
grep pgmajfault /proc/vmstat
mmap 0 20480 PROT_READ MAP_PRIVATE /disk as d
touch d+4096 8192
grep fault /proc/vmstat
touch d+4096 8192
grep fault /proc/vmstat
load d+8190 4
file list
echo 1 > /proc/sys/vm/drop_caches
file list
munmap d 20480
echo 1 > /proc/sys/vm/drop_caches
file list
mmap 0 20480 PROT_READ|PROT_WRITE MAP_SHARED /disk:rw as s
store s 0x41
touch s+4096 4096
munmap s 20480
echo 1 > /proc/sys/vm/drop_caches
file list
mmap 0 20480 PROT_READ MAP_PRIVATE /disk as d
touch d 20480
grep fault /proc/vmstat
load d 2
grep Cached /proc/meminfo
check
