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

#include <linux/kernel.h>

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

#endif /* _LINUX_SEQ_FILE_H */
