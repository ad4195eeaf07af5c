# Errors of the memory system calls are the kernel's answers, printed as
# strace prints them, in the order 2.6.24 checks: mmap of length 0
# (EINVAL), rounding to nothing or past TASK_SIZE (ENOMEM), MAP_FIXED not
# page aligned (EINVAL) or past TASK_SIZE (ENOMEM), neither shared nor
# private (EINVAL), an offset that is not a page multiple (EINVAL);
# MAP_LOCKED beyond RLIMIT_MEMLOCK (EAGAIN) and with no lockable memory
# at all (EPERM); munmap and mprotect of unaligned or impossible ranges,
# mprotect over a hole (ENOMEM, the part before the hole changed),
# mremap of nothing (EFAULT) and a growth that does not fit (ENOMEM);
# setrlimit above the hard limit (EPERM) and a soft limit above the
# hard one (EINVAL); execs that fail: no such file (ENOENT), a file that
# is no program (ENOEXEC): the child exits with status 127.
boot mem=64M
exec cat
mmap 0 0 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 0xfffff001 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 0xc0001000 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0x10000001 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
mmap 0xbffff000 8192 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
mmap 0 4096 PROT_READ MAP_ANONYMOUS
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED
mmap 0 65536 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED
setrlimit RLIMIT_MEMLOCK 0
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED
munmap 0x10000001 4096
munmap 0x10000000 0
munmap 0xbffff000 8192
mmap 0x10000000 8192 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
mprotect 0x10000000 16384 PROT_READ|PROT_WRITE
mprotect 0x10000001 4096 PROT_READ
mprotect 0x20000000 4096 PROT_READ
mremap 0x20000000 4096 8192
mmap 0x10003000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
mremap 0x10000000 8192 16384
setrlimit RLIMIT_STACK 1048576 2097152
setrlimit RLIMIT_STACK 1048576 4194304
setrlimit RLIMIT_STACK 4194304 2097152
cat /proc/self/maps
exec /nosuch
file create /data 4096
exec /data
ps
check
