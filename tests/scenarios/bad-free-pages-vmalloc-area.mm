# A vmalloc area freed as pages: the error names the call that made the
# area.  (Found by fuzzing: the call's name was kept as a pointer into the
# line buffer, and the free_pages line had overwritten it.)
boot mem=16M
vmalloc_32 8192 as v
free_pages v
