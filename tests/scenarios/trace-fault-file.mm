# A file fault: the VMA has ->fault() (filemap_fault()), so
# handle_pte_fault() takes do_linear_fault() and __do_fault() maps the
# page-cache page read-only (a private mapping: PAGE_COPY).  The write
# that follows is a protection fault on a present page: do_wp_page()
# finds a file page, so it copies it to a new anonymous page (COW).
boot mem=64M
file create /data 8192 hello
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE /data as f
trace durations off
trace set_graph_function handle_mm_fault
trace max_depth 2
trace on
load f 5
store f 0x48
trace off
load f 5
pte f
check
