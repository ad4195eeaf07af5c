# fork and copy on write: copy_page_range() write-protects the private
# page in parent and child (mapcount 2).  The child's write copies it
# (do_wp_page(): shared, cow_user_page()); the parent's write then finds
# the page mapped by its PTE only and reuses it, without a copy.
boot mem=64M
exec sh as parent
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
store buf 1 2 3 4
fork as child
pte buf
task child
trace durations off
trace set_graph_function do_wp_page
trace max_depth 2
trace on
store buf 0x63
trace off
load buf 4
pte buf
task parent
trace on
store buf 0x70
trace off
load buf 4
pte buf
exit child
exit parent
check
