boot mem=0
