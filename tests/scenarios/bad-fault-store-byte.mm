# store takes bytes: 0..255 or 0x00..0xff.
boot mem=64M
exec cat
store 0x1000 256
