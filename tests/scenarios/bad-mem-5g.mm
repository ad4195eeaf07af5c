boot mem=5G
