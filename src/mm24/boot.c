/*
 * boot.c - power on the emulated PC, run start_kernel() (src/init/main.c)
 * and make the scenario's task current.
 */
#include <stdio.h>
#include <string.h>
#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/vmstat.h>
#include <asm/setup.h>
#include <mm/slab.h>
#include "mm24.h"

/* The task the scenario runs as: a kernel thread (no mm) called mm24,
 * the parent of the programs it starts (its limits: init's, copied at
 * boot). */
static struct signal_struct scenario_signals;
static struct task_struct scenario_task = {
	.pid = 100,
	.comm = "mm24",
	.signal = &scenario_signals,
	.usage = ATOMIC_INIT(2),
	.parent = &init_task,
};

struct task_struct *mm24_scenario_task(void)
{
	return &scenario_task;
}

int mm24_parse_boot_args(int argc, char **argv, struct machine_config *cfg,
			 char *err, size_t errlen)
{
	int i;

	cfg->mem = 1UL << 30;
	cfg->cpus = 1;
	boot_command_line[0] = '\0';
	for (i = 0; i < argc; i++) {
		int r = machine_parse_option(cfg, argv[i], err, errlen);

		if (r < 0 || (r > 0 && check_early_param(argv[i], err, errlen)))
			return -1;
		if (strlen(boot_command_line) + strlen(argv[i]) + 2 >
		    sizeof(boot_command_line)) {
			snprintf(err, errlen, "boot line too long");
			return -1;
		}
		if (boot_command_line[0])
			strcat(boot_command_line, " ");
		strcat(boot_command_line, argv[i]);
	}
	return 0;
}

void mm24_forget(void)
{
	named_forget_all();
	mm24_slab_forget();
	disk_forget();
	ftrace_release();
}

void mm24_power_off(void)
{
	mm24_forget();
	footprints_release();
	machine_power_off();
}

void mm24_boot(const struct machine_config *cfg, int quiet)
{
	console_write_t old = NULL;

	machine_power_on(cfg);
	if (quiet)
		old = register_console_writer(console_silent);
	start_kernel();
	if (quiet)
		register_console_writer(old);
	/* each CPU runs its idle task (sched_init()); the boot CPU
	 * switches to the scenario's kernel thread */
	scenario_signals = init_signals;
	list_add_tail(&scenario_task.tasks, &init_task.tasks);
	context_switch(current, &scenario_task);
}
