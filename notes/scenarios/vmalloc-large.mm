# A vmalloc() of 8 MiB needs 2048 page pointers, 8 KiB of i386 array: more
# than a page, so __vmalloc_area_node() takes the array from vmalloc()
# itself (VM_VPAGES).  Smaller areas keep their array in a kmalloc()
# object.  The 8 MiB area spans three 4 MiB directory entries, each with a
# page table hung in init_mm.
boot mem=1G
vmalloc 40960 as small
vmalloc 8388608 as big
cat /mm24/vmlist
vfree big
cat /mm24/vmlist
