# poke reaches an area and its guard page, not beyond.
boot mem=1G
vmalloc 4096 as v
poke v 8192 1
