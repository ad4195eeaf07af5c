# Only the vm and kernel settings of the vma unit.
boot mem=64M
sysctl vm.swappiness=10
