# Files in the page cache and their mappings: a private file mapping at
# an offset, a shared writable one, a shared anonymous one (a tmpfs
# file), and the page cache's radix tree answering find_get_page.
boot mem=64M
file create /data 20000 abc
find_get_page /data 1
find_get_page /data 5
exec cat
mmap 0 8192 PROT_READ MAP_PRIVATE /data 4096
mmap 0 8192 PROT_READ|PROT_WRITE MAP_SHARED /data
mmap 0 12288 PROT_READ|PROT_WRITE MAP_SHARED|MAP_ANONYMOUS
cat /proc/self/maps
