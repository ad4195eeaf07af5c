/**
 * @file
 * @brief \~english Sets of CPUs, one bit per CPU.
 *        \~chinese CPU 集合：每个 CPU 占一位。 \~
 *
 * linux/cpumask.h - cpumask_t with the operations mm code uses: which
 * CPUs may hold TLB entries of an address space (mm->cpu_vm_mask).
 * NR_CPUS is 8, so one word holds every bit.
 */
#ifndef _LINUX_CPUMASK_H
#define _LINUX_CPUMASK_H

#include <linux/smp.h>

typedef struct {
	unsigned long bits[1];
} cpumask_t;

#define CPU_MASK_NONE	((cpumask_t) { { 0UL } })
#define CPU_MASK_ALL	((cpumask_t) { { (1UL << NR_CPUS) - 1 } })

#define cpu_set(cpu, mask)	((mask).bits[0] |= 1UL << (cpu))
#define cpu_clear(cpu, mask)	((mask).bits[0] &= ~(1UL << (cpu)))
#define cpu_isset(cpu, mask)	(((mask).bits[0] >> (cpu)) & 1)
#define cpus_empty(mask)	((mask).bits[0] == 0)
#define cpus_clear(mask)	((mask).bits[0] = 0)

/* Set the bit; nonzero if it was set before. */
static inline int __cpu_test_and_set(int cpu, cpumask_t *mask)
{
	int was = (int)((mask->bits[0] >> cpu) & 1);

	mask->bits[0] |= 1UL << cpu;
	return was;
}
#define cpu_test_and_set(cpu, mask)	__cpu_test_and_set(cpu, &(mask))

#define for_each_cpu_mask(cpu, mask)					\
	for ((cpu) = 0; (cpu) < NR_CPUS; (cpu)++)			\
		if (cpu_isset(cpu, mask))

#endif /* _LINUX_CPUMASK_H */
