# "page" on a vmalloc area: its frames are scattered, and the error names
# the call that made the area (not whatever the last line said).
boot mem=16M
vmalloc_user 4096 as u
vmalloc 4096 as v
page u
