# peek_phys and poke_phys stay inside the frames of what they name.
boot mem=64M
alloc_pages GFP_KERNEL 1 as two
peek_phys two 8190 2
peek_phys two 8190 4
