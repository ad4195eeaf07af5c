# System calls that move data to and from user memory: read() copies
# into the task with copy_to_user(), write() out of it with
# copy_from_user().  A destination in a VMA is faulted in by the copy
# itself; one with no VMA faults in the kernel, and the exception table
# turns the fault into EFAULT: the task lives on.
boot mem=64M
file create /data 4096 hello
file create /out 4096
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
trace durations off
trace set_graph_function copy_to_user
trace max_depth 3
trace on
read /data buf 5
trace off
load buf 5
trace set_graph_function do_page_fault
trace max_depth 2
trace on
read /data 0x1000 5
trace off
write /out buf+4096 5
write /out 0x1000 5
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS as ro
read /data ro 5
ps
