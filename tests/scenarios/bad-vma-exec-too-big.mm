# A program must fit below TASK_SIZE.
boot mem=64M
exec huge text=3G
