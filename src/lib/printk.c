/**
 * @file
 * @brief \~english The kernel log and printk.
 *        \~chinese 内核日志与 printk。 \~
 *
 * printk.c - the kernel log (kernel/printk.c, simplified).
 *
 * Messages keep their "<N>" level prefix in log_buf, as 2.6.24 stores
 * them, and go to the console with the prefix removed.  The console is
 * stdout unless a test or the mm24 program installs another writer.
 * Every level is printed, as with the "ignore_loglevel" boot option.
 */
#include <stdio.h>
#include <string.h>
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include <linux/printk.h>

#define LOG_BUF_LEN	(1 << 17)

static char log_buf[LOG_BUF_LEN];
static size_t log_end;			/* bytes ever written */
static int at_line_start = 1;

static void stdout_write(const char *s, size_t n)
{
	fwrite(s, 1, n, stdout);
}

static console_write_t console_write = stdout_write;

void console_silent(const char *s, size_t n)
{
	(void)s;
	(void)n;
}

console_write_t register_console_writer(console_write_t w)
{
	console_write_t old = console_write;

	console_write = w ? w : stdout_write;
	return old;
}

static void log_store(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		log_buf[(log_end + i) % LOG_BUF_LEN] = s[i];
	log_end += n;
}

/* Send @s to the console, dropping a "<N>" prefix at each line start. */
static void emit(const char *s, size_t n)
{
	size_t i = 0, start;

	while (i < n) {
		if (at_line_start && n - i >= 3 && s[i] == '<' &&
		    s[i + 1] >= '0' && s[i + 1] <= '7' && s[i + 2] == '>')
			i += 3;
		start = i;
		while (i < n && s[i] != '\n')
			i++;
		if (i < n)
			i++;		/* keep the newline */
		console_write(s + start, i - start);
		at_line_start = i > start && s[i - 1] == '\n';
	}
}

int vprintk(const char *fmt, va_list args)
{
	char line[1024];
	int n = vsnprintf(line, sizeof(line), fmt, args);

	if (n < 0)
		return n;
	ftrace_flush();
	if ((size_t)n >= sizeof(line))
		n = sizeof(line) - 1;
	log_store(line, (size_t)n);
	emit(line, (size_t)n);
	return n;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

size_t log_buf_copy(char *dst, size_t len)
{
	size_t have = log_end < LOG_BUF_LEN ? log_end : LOG_BUF_LEN;
	size_t first = log_end - have, i;

	if (len == 0)
		return have;
	if (have > len - 1)
		have = len - 1;
	for (i = 0; i < have; i++)
		dst[i] = log_buf[(first + i) % LOG_BUF_LEN];
	dst[have] = '\0';
	return have;
}

size_t log_buf_mark(void)
{
	return log_end;
}

void log_buf_replay(size_t mark)
{
	size_t oldest = log_end > LOG_BUF_LEN ? log_end - LOG_BUF_LEN : 0;
	size_t at = mark > oldest ? mark : oldest;

	at_line_start = 1;
	while (at < log_end) {		/* in pieces that do not wrap */
		size_t off = at % LOG_BUF_LEN;
		size_t n = log_end - at;

		if (n > LOG_BUF_LEN - off)
			n = LOG_BUF_LEN - off;
		emit(log_buf + off, n);
		at += n;
	}
}

unsigned long jiffies;

#define RATELIMIT_JIFFIES	(5 * 100)	/* 5 s at HZ = 100 */
#define RATELIMIT_BURST		10

/*
 * A token bucket: one token per RATELIMIT_JIFFIES of elapsed time, at most
 * RATELIMIT_BURST stored; a message costs one token.
 */
int printk_ratelimit(void)
{
	static unsigned long toks = RATELIMIT_BURST * RATELIMIT_JIFFIES;
	static unsigned long last_msg;
	static int missed;
	unsigned long now = jiffies;

	toks += now - last_msg;
	last_msg = now;
	if (toks > RATELIMIT_BURST * RATELIMIT_JIFFIES)
		toks = RATELIMIT_BURST * RATELIMIT_JIFFIES;
	if (toks >= RATELIMIT_JIFFIES) {
		int lost = missed;

		missed = 0;
		toks -= RATELIMIT_JIFFIES;
		if (lost)
			printk(KERN_WARNING "printk: %d messages suppressed.\n",
			       lost);
		return 1;
	}
	missed++;
	return 0;
}
