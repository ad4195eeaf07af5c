# A user access needs a task with an address space.
boot mem=64M
load 0x1000
