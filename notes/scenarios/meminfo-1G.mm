boot mem=1G cpus=2
cat /proc/meminfo
