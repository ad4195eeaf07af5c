# mm24's PC has RAM and nothing else in its physical address space.
boot mem=64M
ioremap 0xfebf0000 4096
