/**
 * @file
 * @brief \~english Size arguments with K/M/G suffixes.
 *        \~chinese 带 K/M/G 后缀的大小参数解析。 \~
 *
 * cmdline.c - size arguments with K/M/G suffixes (lib/cmdline.c memparse).
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <linux/lib.h>

int memparse_strict(const char *s, unsigned long long *out)
{
	char *end;
	unsigned long long v;

	if (!isdigit((unsigned char)*s))
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno)
		return -EINVAL;
	switch (*end) {
	case 'G': case 'g':
		if (v > (~0ULL >> 30))
			return -EINVAL;
		v <<= 10;
		/* fall through */
	case 'M': case 'm':
		v <<= 10;
		/* fall through */
	case 'K': case 'k':
		v <<= 10;
		end++;
		break;
	default:
		break;
	}
	if (*end)
		return -EINVAL;
	*out = v;
	return 0;
}
