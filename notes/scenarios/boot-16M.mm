#!args boot mem=16M
