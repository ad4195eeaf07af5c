/*
 * slab_test.h - reading the slab allocator's state in tests the way a
 * user does: the rows of /proc/slabinfo, parsed back into numbers.
 */
#ifndef _SLAB_TEST_H
#define _SLAB_TEST_H

#include <stdio.h>
#include <string.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include "mm24_test.h"

/* One row of /proc/slabinfo (version 2.1). */
struct slabinfo_row {
	char name[64];
	unsigned long active_objs, num_objs, objsize, objperslab, pagesperslab;
	unsigned long limit, batchcount, sharedfactor;
	unsigned long active_slabs, num_slabs, sharedavail;
};

/* The row of cache @name in the current /proc/slabinfo; fails the test
 * if there is none.  The format is checked field by field. */
static inline struct slabinfo_row slabinfo_row(const char *name)
{
	struct slabinfo_row r;
	struct seq_file m;
	const char *line;
	int found = 0;

	seq_init(&m);
	slabinfo_show(&m, NULL);
	assert_true(!strncmp(m.buf, "slabinfo - version: 2.1", 23));
	for (line = strchr(m.buf, '\n') + 1; *line; line = strchr(line, '\n') + 1) {
		char tail[8];

		memset(&r, 0, sizeof(r));
		if (sscanf(line, "%63s %lu %lu %lu %lu %lu : tunables %lu %lu %lu"
			   " : slabdata %lu %lu %lu%1[\n ]", r.name,
			   &r.active_objs, &r.num_objs, &r.objsize, &r.objperslab,
			   &r.pagesperslab, &r.limit, &r.batchcount,
			   &r.sharedfactor, &r.active_slabs, &r.num_slabs,
			   &r.sharedavail, tail) == 13 && !strcmp(r.name, name)) {
			found = 1;
			break;
		}
	}
	seq_release(&m);
	if (!found)
		fail_msg("no row for cache %s in /proc/slabinfo", name);
	return r;
}

#endif /* _SLAB_TEST_H */
