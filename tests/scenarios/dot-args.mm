# "max=N" may come before the zone: the arguments are read once.
boot mem=16M
dot free_area max=1 DMA
