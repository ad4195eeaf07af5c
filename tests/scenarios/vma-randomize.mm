# randomize_va_space=1 on the boot line (mm24's option; 2.6.24 starts
# with 1, mm24 with 0, as norandmaps): the stack top moves down by up to
# 8 MiB and mmap_base by up to 1 MiB, page aligned.  The random numbers
# come from a fixed seed, so the addresses are the same on every run.
# The stack VMA keeps the vm_pgoff it had before setup_arg_pages() moved
# it (shift_arg_pages()): 2.6.24's maps show bffeb000 there too.
boot mem=64M randomize_va_space=1
exec cat
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
cat /proc/self/maps
exec cat as second
cat /proc/self/maps
sysctl kernel.randomize_va_space=0
exec cat as third
cat /proc/self/maps
check
