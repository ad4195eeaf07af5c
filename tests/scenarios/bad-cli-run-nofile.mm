#!args run
