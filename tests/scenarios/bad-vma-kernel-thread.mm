# A memory system call needs an address space: the scenario's own task
# is a kernel thread until it execs a program.
boot mem=64M
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
