#!args run no-such-file.mm
# a scenario file that does not exist
