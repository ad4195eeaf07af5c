# /proc/slabinfo is writable: "NAME LIMIT BATCHCOUNT SHARED" retunes a
# cache through do_tune_cpucache(); values 2.6.24 refuses (batchcount
# above limit) are ignored without an error; an unknown cache is EINVAL.
boot mem=64M cpus=2
kmem_cache_create foo 200
echo "foo 30 10 2" > /proc/slabinfo
echo "foo 5 10 0" > /proc/slabinfo
cat /proc/slabinfo
echo "nosuchcache 10 5 0" > /proc/slabinfo
