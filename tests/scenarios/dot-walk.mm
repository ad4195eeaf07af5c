#!args run --lang zh dot-walk.mm
# Page-table walks, in Chinese: a 4 MiB page of the direct mapping, a
# pkmap slot (the table exists, the entry is clear), a user address.
boot mem=16M
dot walk 0xc0100000
dot walk 0xff800000
dot walk 0x08048000
