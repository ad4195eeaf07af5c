/**
 * @file
 * @brief \~english Growable text buffers for /proc views.
 *        \~chinese /proc 视图所用的可增长文本缓冲区。 \~
 *
 * seq_file.c - growable text buffers for the /proc views (fs/seq_file.c, simplified).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/seq_file.h>

void seq_init(struct seq_file *m)
{
	m->size = 4096;
	m->count = 0;
	m->buf = malloc(m->size);
	if (!m->buf)
		panic("seq_file: out of host memory");
	m->buf[0] = '\0';
	m->private = NULL;
}

void seq_release(struct seq_file *m)
{
	free(m->buf);
	m->buf = NULL;
	m->size = m->count = 0;
}

static void seq_reserve(struct seq_file *m, size_t more)
{
	char *nb;

	if (m->count + more + 1 <= m->size)
		return;
	while (m->count + more + 1 > m->size)
		m->size *= 2;
	nb = realloc(m->buf, m->size);
	if (!nb)
		panic("seq_file: out of host memory");
	m->buf = nb;
}

int seq_printf(struct seq_file *m, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	seq_reserve(m, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(m->buf + m->count, (size_t)n + 1, fmt, ap);
	va_end(ap);
	m->count += (size_t)n;
	return 0;
}

int seq_puts(struct seq_file *m, const char *s)
{
	size_t n = strlen(s);

	seq_reserve(m, n);
	memcpy(m->buf + m->count, s, n + 1);
	m->count += n;
	return 0;
}

int seq_putc(struct seq_file *m, char c)
{
	seq_reserve(m, 1);
	m->buf[m->count++] = c;
	m->buf[m->count] = '\0';
	return 0;
}

int seq_print_all(struct seq_file *m, const struct seq_operations *op)
{
	loff_t pos = 0;
	void *v = op->start(m, &pos);
	int err = 0;

	while (v && !err) {
		err = op->show(m, v);
		v = op->next(m, v, &pos);
	}
	op->stop(m, v);
	return err;
}

struct list_head *seq_list_start(struct list_head *head, loff_t pos)
{
	struct list_head *at;

	list_for_each(at, head)
		if (pos-- == 0)
			return at;
	return NULL;
}

struct list_head *seq_list_next(void *v, struct list_head *head,
				loff_t *ppos)
{
	struct list_head *next = ((struct list_head *)v)->next;

	++*ppos;
	return next == head ? NULL : next;
}
