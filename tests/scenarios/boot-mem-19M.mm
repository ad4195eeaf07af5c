#!args boot mem=19M
# RAM ending 1 MiB before a 4 MiB boundary: 19 MiB = 4864 frames,
# DMA 0-4096, Normal 4096-4864 (768 frames), "Memory: .../19456k".
