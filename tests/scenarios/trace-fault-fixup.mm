# A system call that writes to a user address with no VMA: the kernel's
# own access faults in copy_to_user(), do_page_fault() finds no VMA and,
# in kernel mode, no_context looks the faulting instruction up in the
# exception table: the fixup makes read() return EFAULT, the task lives.
# An address in a VMA is faulted in by the same copy.
boot mem=64M
file create /data 4096 abc
exec cat
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
trace durations off
trace set_graph_function do_page_fault
trace max_depth 2
trace on
read /data 0x1000 4
trace off
read /data buf 4
load buf 4
ps
check
