#!args run --lang zh
