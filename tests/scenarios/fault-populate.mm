# get_user_pages() through make_pages_present(): MAP_POPULATE faults
# each page of a writable anonymous mapping in as a write (VmRSS 32 kB,
# pgfault +8 at once, and the touches after it do not fault);
# MAP_POPULATE|MAP_NONBLOCK and a PROT_NONE mapping map nothing;
# MAP_LOCKED is populated and counted in VmLck; a read-only file mapping
# populated maps the page-cache pages themselves (Mapped grows, no copy).
boot mem=64M
exec sh as p
file create /data 16384 abcd readonly
grep pgfault /proc/vmstat
mmap 0 32768 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE as a
grep pgfault /proc/vmstat
touch a 32768 write
grep pgfault /proc/vmstat
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE|MAP_NONBLOCK as nb
mmap 0 16384 PROT_NONE MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE as none
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED as l
grep pgfault /proc/vmstat
grep Mapped /proc/meminfo
mmap 0 16384 PROT_READ MAP_PRIVATE|MAP_POPULATE /data as f
grep pgfault /proc/vmstat
grep Mapped /proc/meminfo
pte f+8192
cat /proc/self/status
cat /proc/self/smaps
check
