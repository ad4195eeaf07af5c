# Tasks and CPUs.  Each exec is a vfork() of the current task: the
# child first shares its parent's mm, then execve() gives it its own.
# task switches this CPU to another task (switch_mm() loads its page
# directory into CR3); cpu moves the current task to another CPU, whose
# idle task borrows no mm of its own.  exit frees the address space and
# the next task runs: the parent.
boot mem=64M cpus=2
exec sh as one
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
exec cat as two
ps
task one
ps
cpu 1
ps
cat /proc/102/maps
task two
exit
ps
exit
ps
check
