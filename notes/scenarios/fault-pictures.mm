# The pictures of the fault chapter: the walk of a user address after
# its first write.
boot mem=64M
exec sh as parent
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
touch buf 16384 write
dot walk 0xb7ffd000 > fault-walk.dot
