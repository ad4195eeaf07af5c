# A private file mapping longer than its file: the page past the end of
# the file has no page-cache page; filemap_fault() answers
# VM_FAULT_SIGBUS and do_page_fault() sends SIGBUS (BUS_ADRERR), without
# the "segfault at" line.  Inside the file the page is mapped read-only.
boot mem=64M
file create /small 4096 xyz
exec cat
mmap 0 8192 PROT_READ MAP_PRIVATE /small as f
load f 3
pte f
load f+4096
check
