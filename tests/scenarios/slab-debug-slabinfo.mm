# slab_debug makes a DEBUG_SLAB kernel: red zones and a user word make
# size-32's buffer 56 bytes (67 per slab), limits are at most 32, and
# /proc/slabinfo is the "(statistics)" version.
boot mem=64M slab_debug
kmalloc 20 GFP_KERNEL as a
cat /proc/slabinfo
