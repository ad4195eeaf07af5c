#!title How many page faults, and which of them copy a page?
# mm24 quiz fault -s SEED: a process touches pages of an anonymous
# mapping, forks, and child and parent write.  In 2.6.24 the first touch
# of a page faults, a read as well as a write: there is no zero page, so
# do_anonymous_page() maps a new zeroed page, writable and dirty, and the
# write after a read does not fault again.  fork() write-protects every
# private writable page in both processes; the first write of each then
# faults, and do_wp_page() copies the page if it is still shared and
# reuses it if the other process has already copied it away (the fault
# chapter).
boot mem=64M
exec sh
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
touch 0xb7ffc000 {8192|12288|16384} {read|write}
pte 0xb7ffc000
pte 0xb7ffd000
@grep pfn
@ask How many page faults has /proc/vmstat counted so far?
cat /proc/vmstat
@grep pgfault
fork as child
task child
touch 0xb7ffc000 4096 write
@ask The child wrote its first page: how many faults now, and which frame does the child's first page use?
cat /proc/vmstat
@grep pgfault
pte 0xb7ffc000
@grep pfn
task sh
touch 0xb7ffc000 {8192|4096} write
@ask The parent wrote its first page(s): how many faults now, and which frames do the parent's first two pages use?
cat /proc/vmstat
@grep pgfault
pte 0xb7ffc000
pte 0xb7ffd000
@grep pfn
