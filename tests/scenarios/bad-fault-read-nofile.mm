# read(2) of a file that does not exist.
boot mem=64M
exec cat
read /nosuchfile 0x1000 4
