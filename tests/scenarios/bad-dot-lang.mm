#!args run --lang fr bad-dot-lang.mm
# A label language mm24 does not have.
boot mem=16M
