#!args frobnicate
