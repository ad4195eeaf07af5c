# A line /proc/slabinfo cannot parse is EINVAL, as the write of a shell.
boot mem=64M
echo "size-64 120" > /proc/slabinfo
