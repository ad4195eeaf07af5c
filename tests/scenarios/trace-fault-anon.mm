# An anonymous read fault: the MMU finds no PDE, do_page_fault() finds the
# VMA (good_area: a read of a missing page needs VM_READ), and
# handle_mm_fault() makes the page table (__pte_alloc()) and maps a new
# zeroed page (do_anonymous_page(): 2.6.24 has no zero page, so even a
# read gets its own page, writable and dirty).  The store that follows
# does not fault.
boot mem=64M
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
trace durations off
trace set_graph_function do_page_fault
trace max_depth 5
trace on
load buf
store buf 0x2a
trace off
pte buf
load buf
check
