/**
 * @file
 * @brief \~english printk, BUG, panic and small helpers.
 *        \~chinese printk、BUG、panic 以及常用的小工具。 \~
 *
 * linux/kernel.h - helpers every unit uses: min/max, alignment, printk,
 * BUG()/panic() and the halt of the emulated machine.
 *
 * printk() keeps the 2.6.24 "<N>" level prefixes in the log buffer and
 * prints every message on the console (as with "ignore_loglevel"), so the
 * boot log of mm24 reads like dmesg.  A BUG(), an oops or a panic stops the
 * emulated machine: the emulator returns to the last machine_run() frame
 * (the scenario runner, a test) instead of killing the host process.
 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <stdarg.h>
#include <linux/types.h>

#define KERN_EMERG	"<0>"
#define KERN_ALERT	"<1>"
#define KERN_CRIT	"<2>"
#define KERN_ERR	"<3>"
#define KERN_WARNING	"<4>"
#define KERN_NOTICE	"<5>"
#define KERN_INFO	"<6>"
#define KERN_DEBUG	"<7>"

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define ALIGN(x, a)	(((x) + (a) - 1) & ~((typeof(x))(a) - 1))
#define roundup(x, y)	((((x) + ((y) - 1)) / (y)) * (y))
#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))

#define min(x, y) ({ typeof(x) _a = (x); typeof(y) _b = (y); \
	(void)(&_a == &_b); _a < _b ? _a : _b; })
#define max(x, y) ({ typeof(x) _a = (x); typeof(y) _b = (y); \
	(void)(&_a == &_b); _a > _b ? _a : _b; })
#define min_t(t, x, y) ({ t _a = (x); t _b = (y); _a < _b ? _a : _b; })
#define max_t(t, x, y) ({ t _a = (x); t _b = (y); _a > _b ? _a : _b; })

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

#define __init
#define __meminit
#define __init_refok
#define fastcall

/* Host code that runs for every fuzz input (tests/fuzz) but is not what
 * is fuzzed: clang keeps it out of the coverage fed to libFuzzer. */
#if defined(__clang__)
#define HOST_NOCOV	__attribute__((no_sanitize("coverage")))
#else
#define HOST_NOCOV
#endif

int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int printk_ratelimit(void);
/* Emulated time: advanced by the "tick" scenario command, HZ = 100. */
extern unsigned long jiffies;
int vprintk(const char *fmt, va_list args);
void dump_stack(void);
/* The same from code address @eip (BUG(): its site, not __bug()'s). */
void dump_stack_from(void *eip);
void panic(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));
void __bug(const char *file, int line) __attribute__((noreturn));

#define BUG() __bug(__FILE__, __LINE__)
#define BUG_ON(c) do { if (unlikely(c)) BUG(); } while (0)
#define VM_BUG_ON(c) BUG_ON(c)
#define WARN_ON(c) ({ int _w = !!(c); \
	if (unlikely(_w)) { \
		printk(KERN_WARNING "WARNING: at %s:%d %s()\n", \
		       __FILE__, __LINE__, __func__); \
		dump_stack(); \
	} \
	_w; })

/** @brief Taint flag set by bad_page(), shown as 'B' in the oops header. */
#define TAINT_BAD_PAGE	(1 << 5)
extern unsigned long tainted;
void add_taint(unsigned flag);
const char *print_tainted(void);

/* The i386 value of a kernel address (the low 32 bits of a host address). */
#define i386_addr(p)	((unsigned long)(u32)(unsigned long)(p))

#endif /* _LINUX_KERNEL_H */
