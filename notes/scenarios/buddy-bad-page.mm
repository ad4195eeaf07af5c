# Freeing a frame of the kernel image (PG_reserved) by mistake.
boot mem=64M
page pfn=300
__free_pages_pfn 300 0
page pfn=300
check
