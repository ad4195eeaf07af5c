/**
 * @file
 * @brief \~english Error values carried in pointers and addresses.
 *        \~chinese 以指针或地址形式传递的错误码。 \~
 *
 * linux/err.h - the last MAX_ERRNO values of an unsigned long (or a
 * pointer) are -errno: a function returning an address or a pointer
 * tells an error by returning one of them (IS_ERR_VALUE(), ERR_PTR()).
 */
#ifndef _LINUX_ERR_H
#define _LINUX_ERR_H

#include <errno.h>

#define MAX_ERRNO	4095

#define IS_ERR_VALUE(x)	((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline long IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

#endif /* _LINUX_ERR_H */
