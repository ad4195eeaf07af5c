/**
 * @file
 * @brief \~english The emulated kernel image and its sections.
 *        \~chinese 模拟的内核映像及其各段。 \~
 *
 * asm/sections.h - the emulated kernel image (include/asm-generic/sections.h).
 *
 * mm24's code runs on the host, so the "vmlinux" loaded at 1 MiB holds no
 * instructions; it is a reservation with the section sizes of a typical
 * 2.6.24 i386 build, so that the boot log, the bootmem reservations and
 * the "Memory:" line come out as on a real machine.  head.S's page
 * directory swapper_pg_dir and empty_zero_page sit page-aligned in .bss;
 * the early page tables (pg0) follow _end, up to init_pg_tables_end.
 *
 * The kernel's names are macros here: the host linker defines its own
 * _etext, _edata, __bss_start and _end for the mm24 executable.
 */
#ifndef _ASM_SECTIONS_H
#define _ASM_SECTIONS_H

struct kernel_image {
	char *text, *etext, *edata, *init_begin, *init_end, *bss_start, *end;
};
extern struct kernel_image kimage;

#define _text		(kimage.text)
#define _etext		(kimage.etext)
#define _edata		(kimage.edata)
#define __init_begin	(kimage.init_begin)
#define __init_end	(kimage.init_end)
#define __bss_start	(kimage.bss_start)
#define _end		(kimage.end)

extern unsigned long init_pg_tables_end;	/* physical address */
extern char *empty_zero_page;

#endif /* _ASM_SECTIONS_H */
