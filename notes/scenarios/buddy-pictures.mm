# Pictures for the buddy chapter: the Normal zone's free lists before and
# after an order-5 movable allocation splits an order-8 block, the merge
# __free_one_page() will do when it is given back, and the lists after.
boot mem=64M
drain_all_local_pages
dot free_area Normal max=2 > buddy-split-before.dot
alloc_pages GFP_HIGHUSER_MOVABLE 5 as a
dot free_area Normal max=2 > buddy-split-after.dot
dot buddy a > buddy-coalesce-before.dot
free_pages a
dot free_area Normal max=2 > buddy-coalesce-after.dot
