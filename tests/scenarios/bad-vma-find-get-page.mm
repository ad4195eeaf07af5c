# find_get_page takes a file of rootfs.
boot mem=64M
find_get_page /nothing 0
