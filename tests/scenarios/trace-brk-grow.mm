# brk() growing the heap by three pages.  exec left the bss page as an
# anonymous VMA ending at the break (set_brk()), shown as [heap].
# sys_brk() checks the new break against RLIMIT_DATA and for a free page
# above it (find_vma_intersection()), then do_brk() charges the pages and
# vma_merge() extends the bss VMA (case 2): the heap is still one VMA.
# Shrinking it again is a do_munmap() of the pages above the new break.
boot mem=64M
exec cat
brk 0
trace durations off
trace set_graph_function sys_brk
trace max_depth 3
trace on
brk 0x08051000
trace off
cat /proc/self/maps
brk 0x0804f000
cat /proc/self/maps
check
