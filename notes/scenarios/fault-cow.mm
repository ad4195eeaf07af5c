# fork and copy on write, page by page, with the fault counts.  The
# parent writes four pages; fork() copies its VMAs and PTEs, and both
# PTEs of each page become read-only (mapcount 2).  The child's writes
# copy; a read does not fault; the parent's write to a page the child has
# already copied finds it mapped once and reuses it, a write to a page
# still shared copies.
boot mem=64M
exec sh as parent
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
touch buf 16384 write
cat /proc/vmstat
fork as child
pte buf
cat /proc/vmstat
task child
store buf 0x63
load buf+4096 1
store buf+4096 0x64
pte buf
pte buf+8192
cat /proc/vmstat
task parent
store buf 0x70
store buf+8192 0x71
pte buf
pte buf+8192
cat /proc/vmstat
task child
load buf 4
load buf+8192 1
cat /proc/self/smaps
exit child
exit parent
check
