# exit NAME of the scenario's own kernel thread: a line error, and the
# current task stays the one it was.
boot mem=64M
exec cat as a
exit mm24
