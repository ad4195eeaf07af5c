boot mem=64M
frobnicate 3
