boot mem=64M
alloc_pages GFP_KERNEL 0 as abcdefghijklmnopqrstuvwxyz0123456789
