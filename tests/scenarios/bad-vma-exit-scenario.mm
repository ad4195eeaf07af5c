# The scenario's own kernel thread does not exit.
boot mem=64M
exit
