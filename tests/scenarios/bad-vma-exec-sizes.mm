# exec of an existing program takes no sizes: they are in its headers.
boot mem=64M
exec cat
exec cat text=8192
