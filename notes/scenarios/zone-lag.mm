# The zone counter NR_FREE_PAGES lags the free lists: each CPU keeps a
# small delta (vm_stat_diff) and folds it only past stat_threshold (16
# for Normal at mem=1G cpus=2) or when vmstat_update runs ("tick").
boot mem=1G cpus=2
cpu 0
# the cold list is empty: rmqueue_bulk() takes 15 pages, delta -15
alloc_pages GFP_KERNEL|__GFP_COLD 0 as a
cpu 1
# the hot list is empty: 31 pages, the delta passes -16 at the 17th
alloc_pages GFP_KERNEL 0 as b
show_mem
tick
show_mem
