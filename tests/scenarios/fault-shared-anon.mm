# Shared anonymous memory after fork: its pages are the pages of an
# unlinked tmpfs file ("/dev/zero (deleted)"), found by shmem_fault() in
# the file's page cache, so a write of the child shows in the parent.
# fork copies no PTE of it (the VMA has no anon_vma): each process
# faults the cached pages in.  The smaps of the parent: the page both
# wrote is Shared_Dirty, the page only the child wrote Shared_Clean.
boot mem=64M
exec sh as parent
mmap 0 8192 PROT_READ|PROT_WRITE MAP_SHARED|MAP_ANONYMOUS as shm
store shm 1
fork as child
task child
store shm+4096 0x42
load shm 1
pte shm+4096
task parent
load shm+4096
pte shm+4096
cat /proc/self/smaps
exit child
exit parent
check
