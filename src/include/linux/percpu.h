/**
 * @file
 * @brief \~english Per-CPU variables.
 *        \~chinese 每CPU变量。 \~
 *
 * linux/percpu.h - per-CPU variables (include/linux/percpu.h).
 *
 * A real SMP kernel gives each CPU its own copy of the .data.percpu
 * section; mm24's CPUs share one address space, so a per-CPU variable is
 * an array of NR_CPUS copies indexed by the CPU number.
 */
#ifndef _LINUX_PERCPU_H
#define _LINUX_PERCPU_H

#include <linux/smp.h>

#define DEFINE_PER_CPU(type, name)	__typeof__(type) per_cpu__##name[NR_CPUS]
#define per_cpu(var, cpu)		(per_cpu__##var[(cpu)])
#define __get_cpu_var(var)		per_cpu(var, smp_processor_id())
/* this CPU's copy, with preemption off until put_cpu_var() */
#define get_cpu_var(var)	(*({ preempt_disable(); &__get_cpu_var(var); }))
#define put_cpu_var(var)	preempt_enable()

#endif /* _LINUX_PERCPU_H */
