/**
 * @file
 * @brief \~english Boot-time memory limits and the setup entry points.
 *        \~chinese 启动时的内存上限与初始化入口函数。 \~
 *
 * asm/setup.h - boot-time memory limits (include/asm-x86/setup.h).
 */
#ifndef _ASM_SETUP_H
#define _ASM_SETUP_H

#include <asm/page.h>

#define MAXMEM_PFN		PFN_DOWN(MAXMEM)
#define MAX_NONPAE_PFN		(1UL << 20)

extern unsigned long highstart_pfn, highend_pfn;
extern char boot_command_line[256];
int check_early_param(const char *word, char *err, size_t errlen);
void parse_early_param(void);

void setup_arch(void);
unsigned long setup_memory(void);
unsigned long find_max_low_pfn(void);
void setup_bootmem_allocator(void);
void zone_sizes_init(void);
void paging_init(void);
void mem_init(void);
void trap_init(void);

#endif /* _ASM_SETUP_H */
