# shared times batchcount past 2^32: the shared array's size would wrap,
# and the tuning fails with ENOMEM as for a limit too big.
boot mem=64M cpus=2
kmem_cache_create foo 200
echo "foo 120 60 100000000" > /proc/slabinfo
