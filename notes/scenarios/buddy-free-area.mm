# The picture at the top of the buddy chapter: the Normal zone's free
# lists right after a 1 GiB boot, drawn live so that it always shows what
# this build's boot leaves (two blocks of each list, then how many more).
boot mem=1G
dot free_area Normal max=2 > buddy-free-area.dot
