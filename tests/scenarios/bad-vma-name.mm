# An address name must come from mmap ... as NAME; a name of another
# kind (an allocation) is refused, and so is an unknown one.
boot mem=64M
alloc_pages GFP_KERNEL 0 as p
exec cat
munmap p 4096
