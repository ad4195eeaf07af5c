#!title Watermarks and lowmem_reserve of a small machine
# mm24 quiz zone -s SEED: the boot log gives each zone's present pages;
# the questions ask for what init_per_zone_pages_min() and
# setup_per_zone_lowmem_reserve() make of them (the zone chapter has the
# formulas), the answers are the kernel's own /proc/zoneinfo.
boot mem={18M|20M|24M|28M|32M|40M|48M|64M|96M|128M}
dmesg
@grep zone:
@ask min_free_kbytes is int_sqrt(16 x the kB of lowmem present), and each lowmem zone gets its share of it by present pages: what are pages_min, pages_low (min + min/4) and pages_high (min + min/2) of DMA and of Normal?
cat /proc/zoneinfo
@grep Node 0, zone
@grep "        min "
@grep "        low "
@grep "        high "
@ask How many pages does DMA keep back from a GFP_KERNEL request that falls back to it (lowmem_reserve, ratio 256)?
cat /proc/zoneinfo
@grep Node 0, zone
@grep protection
