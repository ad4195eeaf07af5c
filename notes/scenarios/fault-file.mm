# File pages: a private mapping reads the page-cache page itself (file,
# mapcount 0, read-only in the PTE); a write copies it into an anonymous
# page of the task's own.  A shared writable mapping writes the cache
# page, which becomes dirty.
boot mem=64M
file create /data 8192 abc
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE /data as priv
mmap 0 8192 PROT_READ|PROT_WRITE MAP_SHARED /data as shr
trace durations off
trace set_graph_function __do_fault
trace max_depth 2
trace on
load priv 3
trace off
pte priv
trace set_graph_function do_wp_page
trace on
store priv 0x41
trace off
pte priv
load shr 3
pte shr
trace set_graph_function __do_fault
trace on
store shr+4096 0x42
trace off
pte shr+4096
find_get_page /data 1
load priv+4096 1
