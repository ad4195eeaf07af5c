# The name given to kmem_cache_create stays allocated while the cache may
# use it and is given back when the machine goes (it leaked: make check's
# LeakSanitizer failed this scenario; found by make fuzz).
boot mem=16M
kmem_cache_create foo 100
kmem_cache_destroy foo
kmem_cache_create bar 64
