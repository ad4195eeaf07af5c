#!title Where does vmalloc() put an area, and how much does it use?
# mm24 quiz vmalloc -s SEED: areas are allocated and one is freed.
# __get_vm_area_node() walks vmlist in address order from VMALLOC_START
# and takes the first hole big enough for the size plus one guard page
# (first fit); /proc/meminfo's VmallocUsed sums the areas, guard pages
# included (the vmalloc chapter).
boot mem={64M|256M|1G}
vmalloc {4096|8192|12288} as v1
vmalloc {4096|8192|16384} as v2
vmalloc {4096|8192} as v3
vfree {v1|v2}
@ask vmalloc({S=4096|8192|12288}) returns which address?
vmalloc {S} as v4
@ask How many kB does /proc/meminfo give as VmallocUsed now?
cat /proc/meminfo
@grep VmallocUsed
