# poke_virt and peek_virt take kernel addresses only.
boot mem=64M
poke_virt 0x08048000 1
