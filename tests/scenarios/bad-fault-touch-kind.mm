# touch accesses with read or write.
boot mem=64M
exec cat
touch 0x1000 4096 exec
