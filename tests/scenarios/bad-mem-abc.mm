boot mem=abc
