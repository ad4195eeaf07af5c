# An i386 address range ends below 4 GiB.
boot mem=64M
exec cat
load 0xfffffff0 32
