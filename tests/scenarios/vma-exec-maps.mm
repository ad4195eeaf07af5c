# A program and its address space.  exec cat (vfork() then execve()):
# text r-x at 0x08048000 and data rw- on the next page, both from
# /bin/cat (rootfs, device 00:01, inode 1); the bss page that set_brk()
# maps is anonymous and ends at the break, so maps calls it [heap]; the
# stack of exec, 21 pages below 0xc0000000.  Three mmaps go top-down
# from mmap_base (0xb8000000: TASK_SIZE less the 128 MiB minimum gap);
# different protections do not merge.  brk grows the heap in place.
# /proc/PID/status counts the VMAs (VmData: total less file mappings and
# stack) and /proc/meminfo's Committed_AS the writable private pages.
boot mem=256M
exec cat
cat /proc/self/maps
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as a
mmap 0 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
brk 0
brk 0x08060000
cat /proc/self/maps
cat /proc/101/status
ps
cat /proc/meminfo
check
