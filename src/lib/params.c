/**
 * @file
 * @brief \~english Boot options handled by the units (__setup()).
 *        \~chinese 由各单元处理的启动参数（__setup()）。 \~
 *
 * params.c - the __setup() table of the boot line (init/main.c).
 *
 * Each unit registers its options with __setup() (linux/init.h); the
 * linker gathers the entries into section mm24_setup.  The command-line
 * check asks setup_param_known() whether a word is an option at all, and
 * start_kernel() hands every word to obsolete_checksetup(), which calls
 * the handlers whose name begins the word.
 */
#include <stdio.h>
#include <string.h>
#include <linux/init.h>
#include <linux/kernel.h>

/**
 * @brief \~english Call the __setup() handlers whose name starts @p line.
 *        \~chinese 调用名字是 line 开头部分的 __setup() 处理函数。 \~
 * @param line one word of the boot line
 * @return 1 if a handler took it, or an early option matched it
 * @kernel{init/main.c,196}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english The table bounds are the linker's __start_mm24_setup
 *         and __stop_mm24_setup; an empty table (no unit with options) is
 *         allowed, so the loop tests before its first entry.
 *         \~chinese 表的边界是链接器给出的 __start_mm24_setup 与
 *         __stop_mm24_setup；允许表为空（没有单元带启动参数），所以循环在取第一项
 *         之前就先判断。 \~
 */
int obsolete_checksetup(char *line)
{
	const struct obs_kernel_param *p;
	int had_early_param = 0;

	for (p = __start_mm24_setup; p < __stop_mm24_setup; p++) {
		size_t n = strlen(p->str);

		if (strncmp(line, p->str, n))
			continue;
		if (p->early) {
			/* parse_early_param() has seen it already */
			if (line[n] == '\0' || line[n] == '=')
				had_early_param = 1;
		} else if (!p->setup_func) {
			printk(KERN_WARNING "Parameter %s is obsolete, ignored\n",
			       p->str);
			return 1;
		} else if (p->setup_func(line + n)) {
			return 1;
		}
	}
	return had_early_param;
}

int setup_param_known(const char *word)
{
	const struct obs_kernel_param *p;

	for (p = __start_mm24_setup; p < __stop_mm24_setup; p++) {
		size_t n = strlen(p->str);

		if (!strncmp(word, p->str, n) &&
		    (word[n] == '\0' || word[n] == '='))
			return 1;
	}
	return 0;
}

void setup_param_names(char *buf, size_t len)
{
	const struct obs_kernel_param *p;
	size_t used = 0;

	buf[0] = '\0';
	for (p = __start_mm24_setup; p < __stop_mm24_setup; p++)
		if (used < len)
			used += (size_t)snprintf(buf + used, len - used, ", %s",
						 p->str);
}
