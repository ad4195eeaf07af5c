# The stack grows on a fault below its VMA (VM_GROWSDOWN) when the
# address is no more than 65536 + 32 * 4 bytes below %esp: expand_stack()
# moves vm_start down to the faulting page before handle_mm_fault()
# maps it.  Far below %esp the access is a bug: SIGSEGV, error 6 (a
# user write to a page that is not present).
boot mem=64M
exec cat
cat /proc/self/maps
esp 0xbffeb100
trace durations off
trace set_graph_function do_page_fault
trace max_depth 2
trace on
store 0xbffe9ff0 1
trace off
cat /proc/self/maps
store 0xbffd0000 1
check
