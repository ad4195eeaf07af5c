# A zone this machine does not have: mem=16M is all DMA.
boot mem=16M
dot free_area Normal
