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
 * @param word \~english one word of the boot line
 *             \~chinese 引导命令行中的一个单词 \~
 * @return \~english 1 if a handler took it, or an early option matched it
 *         \~chinese 有处理函数接受了它、或与某个早期选项匹配时返回 1 \~
 * @kernel{init/main.c,196}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english The table bounds are the linker's __start_mm24_setup
 *         and __stop_mm24_setup; an empty table (no unit with options) is
 *         allowed, so a for loop tests before its first entry where 2.6.24
 *         loops do ... while (p < __setup_end).
 *         \~chinese 表的边界是链接器给出的 __start_mm24_setup 与
 *         __stop_mm24_setup；允许表为空（没有单元带启动参数），所以用 for 循环在取第一项
 *         之前就先判断，而 2.6.24 用的是 do ... while (p < __setup_end)。 \~
 */
int obsolete_checksetup(char *word)
{
	const struct obs_kernel_param *param;
	int seen_early = 0;

	for (param = __start_mm24_setup; param < __stop_mm24_setup; param++) {
		size_t len = strlen(param->str);

		if (strncmp(word, param->str, len) == 0) {
			if (param->early) {
				/* parse_early_param() has seen it already */
				if (word[len] == '\0' || word[len] == '=')
					seen_early = 1;
			} else if (!param->setup_func) {
				printk(KERN_WARNING "Parameter %s is obsolete, "
				       "ignored\n", param->str);
				return 1;
			} else if (param->setup_func(word + len)) {
				return 1;
			}
		}
	}
	return seen_early;
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
