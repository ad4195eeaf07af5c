# expect-failure: GFP_NOFS may not call the OOM killer, and an order-0
# request is retried for ever in 2.6.24; mm24 stops on the second pass.
boot mem=64M
alloc_until_fail GFP_NOFS 0
