# A pfn that does not start a block of the order given.
boot mem=16M
dot buddy pfn=3 2
