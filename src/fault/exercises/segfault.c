/*
 * segfault - one bad access per program, and what the kernel says about
 * it: the "segfault at" line of do_page_fault() (printed as the kernel
 * prints it), the signal and its si_code, the error code kept in the
 * task's thread struct, and whether the task's VMAs held the address.
 *
 * Questions (answered in the fault chapter, section "Exercises"):
 *  1. Decode each error code: which bit says what?
 *  2. Why does the write to the text get SEGV_ACCERR and the read of
 *     address 0 SEGV_MAPERR?
 *  3. Why is the read of 0xc0000000 error 5, a protection fault, when
 *     no VMA holds the address, and why SEGV_MAPERR all the same?
 *  4. Why does the read of the file's second page end in SIGBUS, not
 *     SIGSEGV, and where is the decision taken?
 *  5. Which of these accesses reached handle_mm_fault()?
 */
#include "fault_exercise.h"

#define AT	0x10000000UL

enum setup { NONE, RO, RO_READ, PROT_NONE_MAP, SHORT_FILE };

struct bad {
	const char *what;
	enum setup setup;
	unsigned long addr;
	int write;
};

static const struct bad bads[] = {
	{ "read of address 0", NONE, 0, 0 },
	{ "write to the program's text", NONE, 0x08048010, 1 },
	{ "read of a kernel address", NONE, 0xc0000000, 0 },
	{ "write to a PROT_READ page never touched", RO, AT, 1 },
	{ "write to a PROT_READ page after a read", RO_READ, AT, 1 },
	{ "read of a PROT_NONE page", PROT_NONE_MAP, AT, 0 },
	{ "read past the end of a 4096-byte file", SHORT_FILE, AT + PG, 0 },
};

static void one(const struct bad *b)
{
	unsigned long f0;
	struct vm_area_struct *v;
	int sig;

	run("/bin/prog");
	switch (b->setup) {
	case RO:
	case RO_READ:
		map(AT, PG, PROT_READ, MAP_FIXED);
		if (b->setup == RO_READ)
			uread(AT);
		break;
	case PROT_NONE_MAP:
		map(AT, PG, PROT_NONE, MAP_FIXED);
		break;
	case SHORT_FILE: {
		struct mmap_arg_struct a = { AT, 2 * PG, PROT_READ,
					     MAP_PRIVATE | MAP_FIXED,
					     filp_open("/short", 0), 0 };

		old_mmap(&a);
		break;
	}
	default:
		break;
	}
	v = find_vma(current->mm, b->addr);
	printf("%s (%08lx, %s VMA):\n", b->what, b->addr,
	       v && v->vm_start <= b->addr ? "in a" : "no");
	f0 = pgfaults();
	sig = b->write ? uwrite(b->addr, 1) : uread(b->addr);
	printf("    %s, si_code %s, thread.error_code %lu, pgfault +%lu\n",
	       signame(sig), sig == SIGBUS ? "BUS_ADRERR" :
	       current->mm24_si_code == SEGV_ACCERR ? "SEGV_ACCERR" :
	       "SEGV_MAPERR", current->thread.error_code, pgfaults() - f0);
	end_by_signal(sig);
}

int main(void)
{
	size_t i;

	boot(64UL << 20);
	if (IS_ERR(ramfs_create_file("/short", PG, "short", 0, NULL))) {
		printf("cannot create /short\n");
		return 1;
	}
	for (i = 0; i < sizeof(bads) / sizeof(bads[0]); i++)
		one(&bads[i]);
	return 0;
}
