#!args boot mem=4G
