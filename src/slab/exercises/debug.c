/*
 * debug - a machine booted with slab_debug, which turns on 2.6.24's
 * CONFIG_DEBUG_SLAB checks: red zones, poisoning and the last user of
 * every object.  Two bugs: a write one byte past a 64-byte kmalloc()
 * object, then a write into a 100-byte object after kfree().  The
 * kernel's own reports follow each.
 *
 * Questions (answered in the slab chapter, section "Exercises"):
 *  1. size-64 has objsize 88 in slabinfo here.  Where do the 24 bytes go?
 *  2. Which bytes did the overrun change, what did they hold before, and
 *     which call noticed?
 *  3. The write after kfree() is reported only at the next kmalloc(100).
 *     Why then, and why is it that allocation that sees it?
 *  4. What are the bytes 0x6b, 0x5a and 0xa5 in the dumps?
 */
#include "exercise.h"

static void dump(const char *what, const unsigned char *p, int n)
{
	int i;

	printf("%s at 0x%08lx:", what, i386_addr(p));
	for (i = 0; i < n; i++)
		printf(" %02x", p[i]);
	putchar('\n');
}

int main(void)
{
	static const char *const names[] = { "size-64", "size-128", NULL };
	unsigned char *c, *a, *b;

	boot(64UL << 20, 1, "slab_debug");
	slabinfo(names);

	c = kmalloc(64, GFP_KERNEL);
	printf("\nc = kmalloc(64) = 0x%08lx\n", i386_addr(c));
	dump("the 8 bytes before c", c - 8, 8);
	dump("the 16 bytes after c", c + 64, 16);
	printf("c[64] = 0x41, then kfree(c):\n");
	c[64] = 0x41;
	kfree(c);

	a = kmalloc(100, GFP_KERNEL);
	printf("\na = kmalloc(100) = 0x%08lx\n", i386_addr(a));
	kfree(a);
	dump("a after kfree(a)", a, 16);
	dump("the last 4 bytes of a's 128", a + 124, 4);
	printf("a[10] = 0x00, then b = kmalloc(100):\n");
	a[10] = 0;
	b = kmalloc(100, GFP_KERNEL);
	printf("b = 0x%08lx\n", i386_addr(b));
	dump("b", b, 16);
	kfree(b);
	return 0;
}
