# The stack grows down on a fault below its VMA (VM_GROWSDOWN) when the
# address is no more than 65536 + 32 * sizeof(long) bytes below %esp;
# expand_stack() refuses a stack larger than RLIMIT_STACK (256 KiB here).
boot mem=64M
setrlimit RLIMIT_STACK 262144
exec cat as near
esp 0xbffeb000
store 0xbffdaf80 1
cat /proc/self/maps
store 0xbffd9fff 1
exec cat as limit
esp 0xbffc1000
store 0xbffc0000 1
cat /proc/self/maps
store 0xbffbffff 1
