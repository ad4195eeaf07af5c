# The kernel reads an address nothing maps: the start of the vmalloc area
# before any vmalloc().  do_page_fault() finds no fixup: an oops.
boot mem=1G
peek_virt 0xf8800000 4
