# dot vma and dot split draw an address space: a kernel thread has none.
boot mem=64M
dot vma
