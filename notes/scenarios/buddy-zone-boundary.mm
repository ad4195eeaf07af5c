# vmalloc=129M moves the Normal/HighMem boundary to pfn 229120 (0x37f00),
# inside a 1024-frame block: two free order-8 blocks that are XOR buddies
# sit on either side and stay apart.
boot mem=1G vmalloc=129M
page pfn=228864
page pfn=229120
check
