#!args boot mem=65540K
# RAM that is not a whole number of MiB: 64 MiB and one page, 16385
# frames (the last alone in the 17th 4 MiB PSE page), "Memory: .../65540k".
