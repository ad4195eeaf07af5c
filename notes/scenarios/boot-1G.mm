#!args boot mem=1G cpus=2
