# the first command must boot the machine
cat /proc/buddyinfo
