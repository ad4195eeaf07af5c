# task takes a name given by exec ... as NAME, a command name or a pid.
boot mem=64M
exec cat
task dog
