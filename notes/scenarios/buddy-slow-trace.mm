# The slow path, call by call: after every order-10 block is gone, one
# more GFP_KERNEL|__GFP_NOWARN order-10 request under the tracer.
boot mem=64M
alloc_until_fail GFP_KERNEL|__GFP_NOWARN 10 as big
trace durations off
trace on
alloc_pages GFP_KERNEL|__GFP_NOWARN 10
trace off
