# Each vma command with missing words gives its usage.
boot mem=64M
exec cat
munmap 0x10000000
