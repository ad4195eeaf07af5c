/**
 * @file
 * @brief \~english The console writer and the log buffer.
 *        \~chinese 控制台输出与内核日志缓冲区。 \~
 *
 * linux/printk.h - the console writer and the log buffer of mm24's printk.
 */
#ifndef _LINUX_PRINTK_H
#define _LINUX_PRINTK_H

#include <stddef.h>

typedef void (*console_write_t)(const char *s, size_t n);

/* Install @w as the console (NULL: stdout); returns the previous one. */
console_write_t register_console_writer(console_write_t w);
/* A console that shows nothing: the log still keeps every message. */
void console_silent(const char *s, size_t n);
/* Copy the log (with level prefixes) into @dst; returns its length. */
size_t log_buf_copy(char *dst, size_t len);
/* How much has been logged so far, for log_buf_replay(). */
size_t log_buf_mark(void);
/* Write what was logged since @mark to the console again (as much as the
 * ring still holds). */
void log_buf_replay(size_t mark);

#endif /* _LINUX_PRINTK_H */
