/**
 * @file
 * @brief \~english The /proc files of the memory manager.
 *        \~chinese 内存管理的 /proc 文件。 \~
 *
 * linux/proc_fs.h - the /proc files of the memory manager.  Each prints
 * the whole file into a seq_file; the "node" argument is a pg_data_t.
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

struct seq_file;

int zoneinfo_show(struct seq_file *m, void *node);	/* /proc/zoneinfo */
int vmstat_show(struct seq_file *m, void *unused);	/* /proc/vmstat */
int frag_show(struct seq_file *m, void *node);		/* /proc/buddyinfo */
int pagetypeinfo_show(struct seq_file *m, void *node);	/* /proc/pagetypeinfo */
int meminfo_read_proc(struct seq_file *m);		/* /proc/meminfo */

#endif /* _LINUX_PROC_FS_H */
