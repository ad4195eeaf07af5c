# The pictures of the fault chapter: the walk of a user address, and the
# page tables of a parent and its child after fork and two copies.
boot mem=64M
exec sh as parent
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
touch buf 16384 write
dot walk 0xb7ffd000 > fault-walk.dot
fork as child
task child
store buf 0x63
store buf+4096 0x64
task parent
store buf 0x70
store buf+8192 0x71
dot pagetables parent > fault-cow-parent.dot
dot pagetables child > fault-cow-child.dot
