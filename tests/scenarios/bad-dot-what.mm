# An unknown picture: the usage lists the ones there are.
boot mem=16M
dot freelist Normal
