/**
 * @file
 * @brief \~english Library routines of lib/ used by the mm code.
 *        \~chinese 内存管理代码用到的 lib/ 库函数。 \~
 *
 * linux/lib.h - small library routines of lib/ used by the mm code.
 */
#ifndef _LINUX_LIB_H
#define _LINUX_LIB_H

unsigned long int_sqrt(unsigned long x);
/* Parse "1G", "896M", "0x1000": 0 or -EINVAL (unlike memparse, strict). */
int memparse_strict(const char *s, unsigned long long *out);

#endif /* _LINUX_LIB_H */
