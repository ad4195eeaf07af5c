#!args shell x
