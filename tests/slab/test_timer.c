/*
 * test_timer.c - __round_jiffies(), which sets when each CPU's slab reap
 * timer (cache_reap()) runs.
 *
 * The rule of kernel/timer.c: a timeout moves to a whole second, CPU n's
 * seconds shifted 3n jiffies earlier so that the CPUs do not all wake at
 * once; less than a quarter second past such a second rounds down, a
 * quarter or more rounds up; a rounded time that is not in the future
 * gives the timeout back unchanged.  mm24's `tick` moves jiffies a whole
 * second at a time, so the reap timers themselves only ever see the skew
 * (at most 21 jiffies): the quarter-second boundary is tried here.
 */
#include "mm24_test.h"
#include <linux/jiffies.h>
#include <linux/timer.h>

/* The second boundaries of CPU @cpu around @j, and the choice between them. */
static unsigned long expected(unsigned long j, int cpu, unsigned long now)
{
	unsigned long skew = 3UL * (unsigned long)cpu;
	unsigned long below = (j + skew) / HZ * HZ - skew;	/* <= j */
	unsigned long pick = j - below < HZ / 4 ? below : below + HZ;

	return pick > now ? pick : j;
}

static void test_a_quarter_second_past_rounds_up(void **state)
{
	(void)state;
	jiffies = 0;
	assert_int_equal(__round_jiffies(1024, 0), 1000);	/* 24: down */
	assert_int_equal(__round_jiffies(1025, 0), 1100);	/* 25: up */
	assert_int_equal(__round_jiffies(1099, 0), 1100);
	assert_int_equal(__round_jiffies(1100, 0), 1100);
	/* CPU 2: its seconds end 6 jiffies early (994, 1094, ...) */
	assert_int_equal(__round_jiffies(1018, 2), 994);
	assert_int_equal(__round_jiffies(1019, 2), 1094);
}

static void test_every_timeout_follows_the_rule(void **state)
{
	unsigned long j, now;
	int cpu;

	(void)state;
	for (now = 0; now <= 300; now += 150) {
		jiffies = now;
		for (cpu = 0; cpu < NR_CPUS; cpu++)
			for (j = now; j < now + 4 * HZ; j++)
				assert_int_equal(__round_jiffies(j, cpu),
						 expected(j, cpu, now));
	}
	jiffies = 0;
}

static void test_rounding_into_the_past_keeps_the_timeout(void **state)
{
	(void)state;
	jiffies = 1000;
	assert_int_equal(__round_jiffies(1010, 0), 1010);	/* 1000: now */
	assert_int_equal(__round_jiffies_relative(10, 0), 10);
	assert_int_equal(__round_jiffies_relative(HZ + 30, 0), 2 * HZ);
	jiffies = 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_quarter_second_past_rounds_up),
		cmocka_unit_test(test_every_timeout_follows_the_rule),
		cmocka_unit_test(test_rounding_into_the_past_keeps_the_timeout),
	};

	return cmocka_run_group_tests_name("round_jiffies", tests, NULL, NULL);
}
