# exec cat: the address space load_elf_binary() builds, the Vm lines of
# /proc/PID/status, and the 3G/1G split of the linear space drawn live.
boot mem=64M
exec cat
cat /proc/self/maps
cat /proc/101/status
dot split > vma-split.dot
