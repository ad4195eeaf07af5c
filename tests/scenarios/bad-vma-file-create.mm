# file create takes a path, and each path once.
boot mem=64M
file create /a 4096
file create /a 4096
