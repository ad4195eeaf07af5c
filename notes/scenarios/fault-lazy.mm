# Lazy allocation: mmap makes a VMA and maps nothing.  The first read of
# a page faults (error 4: user, read, not present) and do_anonymous_page()
# maps a zeroed page, writable and dirty at once; the write that follows
# does not fault.  Touching the other pages faults each in turn.
boot mem=64M
exec cat
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
pte buf
trace durations off
trace set_graph_function do_page_fault
trace max_depth 4
trace on
load buf 4
trace off
pte buf
trace on
store buf 0x2a
trace off
load buf 4
trace set_graph_function do_anonymous_page
trace max_depth 2
trace on
load buf+4096 1
trace off
touch buf+8192 8192 read
pte buf+8192
cat /proc/self/status
