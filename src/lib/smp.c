/**
 * @file
 * @brief \~english Which emulated CPU runs, preemption and interrupt flags.
 *        \~chinese 当前运行的模拟 CPU、抢占计数与中断标志。 \~
 *
 * smp.c - the emulated CPUs' scheduling state: which CPU runs, preemption and IRQ flags.
 */
#include <linux/spinlock.h>

int mm24_cpu;
int mm24_nr_cpus = 1;
int preempt_count_of[NR_CPUS];
int irqs_off_of[NR_CPUS];

/*
 * An IPI runs @fn on each other online CPU; here that is a switch of the
 * executing CPU for the duration of the call (kernel/smp.c semantics:
 * every other CPU, not the caller).
 */
int smp_call_function(void (*fn)(void *), void *info, int retry, int wait)
{
	int self = mm24_cpu, cpu;

	(void)retry;
	(void)wait;
	for_each_online_cpu(cpu) {
		if (cpu == self)
			continue;
		mm24_cpu = cpu;
		fn(info);
	}
	mm24_cpu = self;
	return 0;
}
