#!args boot mem=1G vmalloc=256M
