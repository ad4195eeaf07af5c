# Reserved frames: memmap_init_zone() made every frame PG_reserved with
# one reference; free_all_bootmem() released the free ones.  What is still
# reserved: frame 0, the BIOS hole below 1 MiB, the kernel image, mem_map.
boot mem=1G cpus=2
page pfn=0
page pfn=159
page pfn=300
page pfn=4096
