# An unknown flag name is a script error, not an errno.
boot mem=64M
exec cat
mmap 0 4096 PROT_READ|PROT_FLY MAP_PRIVATE|MAP_ANONYMOUS
