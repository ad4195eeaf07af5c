# One picture of each kind, on a 64M machine with two CPUs.
boot mem=64M cpus=2
alloc_pages GFP_KERNEL 3 as a
alloc_pages GFP_HIGHUSER_MOVABLE 0 as m
dot free_area Normal max=2 > tools-free-area.dot
dot buddy a > tools-buddy.dot
dot walk a > tools-walk.dot
dot layout > tools-layout.dot
dot pcp Normal max=4 > tools-pcp.dot
