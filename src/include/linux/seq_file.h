/**
 * @file
 * @brief \~english Formatted output for /proc views.
 *        \~chinese /proc 视图的格式化输出。 \~
 *
 * linux/seq_file.h - formatted output for /proc views (include/linux/seq_file.h).
 *
 * A view prints into a seq_file that grows as needed; the caller then
 * hands the text to whoever asked (cat, a test, a diagram).
 */
#ifndef _LINUX_SEQ_FILE_H
#define _LINUX_SEQ_FILE_H

#include <sys/types.h>
#include <linux/kernel.h>
#include <linux/list.h>

struct seq_file {
	char *buf;
	size_t size;
	size_t count;
	void *private;
};

void seq_init(struct seq_file *m);
void seq_release(struct seq_file *m);
int seq_printf(struct seq_file *m, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int seq_puts(struct seq_file *m, const char *s);
int seq_putc(struct seq_file *m, char c);

/* A file printed record by record: start() returns the record at *pos
 * (NULL past the end), next() the one after it, show() prints one. */
struct seq_operations {
	void *(*start)(struct seq_file *m, loff_t *pos);
	void (*stop)(struct seq_file *m, void *v);
	void *(*next)(struct seq_file *m, void *v, loff_t *pos);
	int (*show)(struct seq_file *m, void *v);
};
/* Print every record of @op into @m (seq_read() of the whole file). */
int seq_print_all(struct seq_file *m, const struct seq_operations *op);

/* Iterators over a list_head list: the entry at @pos, and the next one. */
struct list_head *seq_list_start(struct list_head *head, loff_t pos);
struct list_head *seq_list_next(void *v, struct list_head *head,
				loff_t *ppos);

#endif /* _LINUX_SEQ_FILE_H */
