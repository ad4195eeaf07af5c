# mprotect of the middle of a VMA splits it in three; mprotect back
# merges them; munmap of a middle part splits too; the trace of the
# first mprotect.
boot mem=64M
exec cat
mmap 0x10000000 32768 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED
trace durations off
trace set_graph_function sys_mprotect
trace max_depth 3
trace on
mprotect 0x10003000 8192 PROT_READ
trace off
cat /proc/self/maps
mprotect 0x10003000 8192 PROT_READ|PROT_WRITE
cat /proc/self/maps
munmap 0x10002000 4096
cat /proc/self/maps
