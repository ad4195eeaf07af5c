# ioremap() on mm24's PC.  The VGA text buffer at 0xb8000 lies in the
# 640 KiB - 1 MiB hole, which the direct map covers: its direct address,
# no area.  The first pages of the kernel image are reserved RAM: an area,
# aligned to its size, whose PTEs point at those frames.  A frame the
# page allocator owns is refused.  A HighMem frame is not in the direct
# map at all: an area again, though the frame is the page allocator's.
boot mem=1G
ioremap 0xb8000 4000 as vga
ioremap 0x100010 20000 as kimg
alloc_pages GFP_KERNEL 0 as ram
alloc_pages GFP_HIGHUSER 0 as high
ioremap 0x37c0b000 4096 as refused
ioremap 0x3f800000 4096 as hi
poke hi 0 0x10 0x24
peek_phys high 0 2
cat /mm24/vmlist
iounmap kimg
iounmap vga
cat /mm24/vmlist
