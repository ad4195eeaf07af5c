/**
 * @file
 * @brief \~english CPU numbering and preemption counts.
 *        \~chinese CPU 编号与抢占计数。 \~
 *
 * linux/smp.h - CPU numbering and the per-CPU preemption count.
 *
 * The emulated machine has cpus= CPUs (1..NR_CPUS) but runs one at a
 * time: smp_processor_id() is the CPU a scenario or test has selected.
 * get_cpu()/put_cpu() keep a real preempt count, so in_atomic() is
 * meaningful (do_page_fault() tests it).
 */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <linux/kernel.h>

#define NR_CPUS 8

extern int mm24_cpu;		/* the CPU now executing */
extern int mm24_nr_cpus;	/* CPUs brought online at boot */
extern int preempt_count_of[NR_CPUS];

#define smp_processor_id()	(mm24_cpu)
#define raw_smp_processor_id()	(mm24_cpu)	/* no preemption check */
#define num_online_cpus()	(mm24_nr_cpus)
/* no CPU hotplug: every CPU the machine has is possible and online */
#define num_possible_cpus()	(mm24_nr_cpus)
#define cpu_online(cpu)		((cpu) >= 0 && (cpu) < mm24_nr_cpus)
#define for_each_online_cpu(cpu) \
	for ((cpu) = 0; (cpu) < mm24_nr_cpus; (cpu)++)

#define preempt_count()		(preempt_count_of[mm24_cpu])
#define preempt_disable()	(preempt_count_of[mm24_cpu]++)
#define preempt_enable()	(preempt_count_of[mm24_cpu]--)
#define get_cpu()		({ preempt_disable(); smp_processor_id(); })
#define put_cpu()		preempt_enable()
#define in_atomic()		(preempt_count() != 0)
#define in_interrupt()		0
#define pagefault_disable()	preempt_disable()
#define pagefault_enable()	preempt_enable()

/* Run @fn on every other online CPU, as an IPI would (smp_call_function). */
int smp_call_function(void (*fn)(void *), void *info, int retry, int wait);

#endif /* _LINUX_SMP_H */
