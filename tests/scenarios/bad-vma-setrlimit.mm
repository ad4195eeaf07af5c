# A resource mm24 does not have.
boot mem=64M
exec cat
setrlimit RLIMIT_NOFILE 10
