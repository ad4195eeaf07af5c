# km_type names are 2.6.24's (KM_BOUNCE_READ ... KM_SOFTIRQ1) or 0 to 12.
boot mem=64M
alloc_pages GFP_KERNEL 0 as a
kmap_atomic a KM_USER2
