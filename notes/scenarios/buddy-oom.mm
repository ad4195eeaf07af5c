# expect-failure: order-0 GFP_KERNEL until the OOM killer is called; it
# finds no process to kill and panics.
boot mem=64M
alloc_until_fail GFP_KERNEL 0
