# Only __free_one_page() and the calls it makes itself (max_depth 2):
# the merges of an order-3 free.
boot mem=64M
alloc_pages GFP_KERNEL 3 as a
trace durations off
trace set_graph_function __free_one_page
trace max_depth 2
trace on
free_pages a
trace off
