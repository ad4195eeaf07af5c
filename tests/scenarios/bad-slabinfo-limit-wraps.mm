# A limit written to /proc/slabinfo so big that i386's 32-bit size of a
# per-CPU array would wrap (4 * 2^30 bytes and more): the tuning fails with
# ENOMEM.  (Found by fuzzing: the size overflowed an int in mm24, and this
# limit asked the host for 8 GiB.)
boot mem=64M
kmem_cache_create foo 200
echo "foo 1073741825 1 0" > /proc/slabinfo
