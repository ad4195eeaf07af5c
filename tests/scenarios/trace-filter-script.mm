# "trace set_graph_function" in a script keeps its names after the line
# (the tracer kept pointers into the line buffer: the next line replaced
# them, so nothing was traced, and a longer line freed them, a use after
# free; found by make fuzz).  Only __free_pages() and what it calls show.
boot mem=16M
alloc_pages GFP_KERNEL 0 as a
trace durations off
trace set_graph_function __free_pages
# a line longer than the first ones, which makes getline() grow its buffer: ................................................................................................................................................................
trace on
alloc_pages GFP_KERNEL 0 as b
free_pages a
trace off
