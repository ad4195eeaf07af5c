/*
 * watermarks - work out min_free_kbytes, the watermarks and the
 * lowmem_reserve of a 1 GiB machine by hand, and compare with what
 * init_per_zone_pages_min() computed.  Run: make ex-zone-watermarks
 *
 * Questions (answers in the zones chapter):
 *  1. Why does HighMem get a pages_min of its own, not a share of
 *     min_free_kbytes?
 *  2. What does protection (lowmem_reserve) of DMA against Normal mean
 *     for a GFP_KERNEL request that falls back to DMA?
 *  3. How much lowmem would min_free_kbytes keep free on a 4 GiB machine?
 */
#include <stdio.h>
#include <linux/lib.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <asm/machine.h>
#include <asm/setup.h>

int main(void)
{
	struct machine_config cfg = { .mem = 1UL << 30, .cpus = 1 };
	struct zone *z = NODE_DATA(0)->node_zones;
	unsigned long low, kb, mfk, pmin;
	int i;

	machine_power_on(&cfg);
	register_console_writer(console_silent);
	start_kernel();
	register_console_writer(NULL);

	low = z[ZONE_DMA].present_pages + z[ZONE_NORMAL].present_pages;
	kb = low * 4;
	mfk = int_sqrt(kb * 16);
	pmin = mfk / 4;
	printf("lowmem present: %lu pages = %lu kB\n", low, kb);
	printf("min_free_kbytes = int_sqrt(%lu * 16) = %lu -> %lu pages\n\n",
	       kb, mfk, pmin);
	for (i = 0; i < 3; i++) {
		unsigned long tmp = pmin * z[i].present_pages / low;

		printf("%-8s present %6lu  tmp = %lu * %lu / %lu = %lu\n",
		       z[i].name, z[i].present_pages, pmin, z[i].present_pages,
		       low, tmp);
		printf("         min %4lu  low %4lu (min + tmp/4)  high %4lu "
		       "(min + tmp/2)\n", z[i].pages_min, z[i].pages_low,
		       z[i].pages_high);
		printf("         protection: (%lu, %lu, %lu, %lu)\n",
		       z[i].lowmem_reserve[0], z[i].lowmem_reserve[1],
		       z[i].lowmem_reserve[2], z[i].lowmem_reserve[3]);
	}
	return 0;
}
