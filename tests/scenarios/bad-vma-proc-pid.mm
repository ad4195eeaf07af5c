# /proc/PID needs a task with that pid.
boot mem=64M
cat /proc/555/maps
