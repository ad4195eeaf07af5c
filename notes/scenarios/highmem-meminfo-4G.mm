# /proc/meminfo of a 4 GiB machine: whatever the RAM, low memory stays
# below 896 MiB, and the mem_map of every frame comes out of it.
boot mem=4G
cat /proc/meminfo
