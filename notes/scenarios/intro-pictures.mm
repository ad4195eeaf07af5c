# Pictures for the introduction: two walks through swapper_pg_dir (a
# 4 MiB page of the direct mapping; a pkmap slot, whose page table exists
# but whose entry is clear) and the kernel's linear space as mapped now.
boot mem=1G
dot walk 0xc0100000 > intro-walk-kernel.dot
dot walk 0xff800000 > intro-walk-pkmap.dot
dot layout > intro-layout-live.dot
