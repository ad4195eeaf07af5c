# File names are absolute paths.
boot mem=64M
file create data 4096
