# Files and their mappings.  file create makes a rootfs file whose pages
# are in the page cache (Cached in /proc/meminfo); find_get_page() finds
# them in its radix tree.  A private mapping of the file shows its
# device, inode and offset.  MAP_SHARED with PROT_WRITE needs a file
# opened for writing (mm24 opens one so, unless FILE:ro says otherwise):
# read-only, mmap() says EACCES; a read-only file cannot be opened for
# writing at all (open(): EACCES).  MAP_SHARED|MAP_ANONYMOUS is an
# unlinked tmpfs file on device 00:07, "/dev/zero (deleted)".  The
# running program's file cannot be opened for writing (ETXTBSY).
boot mem=64M
file create /data 10000 abc
file create /ro 8192 r readonly
file list
find_get_page /data 2
find_get_page /data 3
exec cat
mmap 0 8192 PROT_READ MAP_PRIVATE /data 4096
mmap 0 8192 PROT_READ|PROT_WRITE MAP_SHARED /data
mmap 0 8192 PROT_READ|PROT_WRITE MAP_SHARED /data:ro
mmap 0 4096 PROT_READ|PROT_WRITE MAP_SHARED /ro
mmap 0 12288 PROT_READ|PROT_WRITE MAP_SHARED|MAP_ANONYMOUS
mmap 0 4096 PROT_READ|PROT_WRITE MAP_SHARED /bin/cat
mmap 0 4096 PROT_READ MAP_PRIVATE /nosuchfile
cat /proc/self/maps
file list
check
