#!args boot mem=5G
# the same check on the command line
