# vmalloc=256M moves the end of the direct map down by 128 MiB and the
# vmalloc area grows by as much; a 1 MiB vmalloc() counts its guard page.
boot mem=1G vmalloc=256M
vmalloc 1048576 as a
cat /proc/meminfo
