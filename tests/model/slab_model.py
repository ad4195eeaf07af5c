"""slab_model.py - a small model of one 2.6.24 SLAB cache, written from the
rules of mm/slab.c (not from mm24's code): per-CPU arrays (LIFO), the
node's shared array, the full/partial/free slab lists with their order,
each slab's bufctl chain, free_limit, and the reap timer of every CPU.

Objects are (slab id, index).  What the model predicts: which object an
allocation returns, and the counts /proc/slabinfo shows for the cache.
"""

HZ = 100
BATCHREFILL_LIMIT = 16
REAPTIMEOUT_CPUC = 2 * HZ
REAPTIMEOUT_LIST3 = 4 * HZ


def round_up(x, to):
    return (x + to - 1) // to * to


def sizing(size, cpus, big_memory=True):
    """(buffer_size, num, gfporder, mgmt bytes, limit, batchcount, shared)
    of a cache made with kmem_cache_create(name, size, 0, 0) on i386."""
    size = round_up(size, 4)
    align = 4
    off = size >= 512
    size = round_up(size, align)
    keep = None
    for order in range(11):
        slab = 4096 << order
        if off:
            n, mgmt = slab // size, 0
        else:
            n = (slab - 28) // (size + 4)
            if round_up(28 + 4 * n, align) + n * size > slab:
                n -= 1
            mgmt = round_up(28 + 4 * n, align)
        if not n:
            continue
        if off and n > (size - 28) // 4:
            break
        left = slab - n * size - mgmt
        keep = (n, order, mgmt)
        if order >= (1 if big_memory else 0) or 8 * left <= slab:
            break
    n, order, mgmt = keep
    limit = (1 if size > 131072 else 8 if size > 4096 else 24 if size > 1024
             else 54 if size > 256 else 120)
    shared = 8 if size <= 4096 and cpus > 1 else 0
    return size, n, order, mgmt, limit, (limit + 1) // 2, shared


def round_jiffies(j, cpu, now):
    """__round_jiffies(): to a whole second, skewed by 3 jiffies per CPU."""
    at = j + 3 * cpu
    rem = at % HZ
    at = at - rem if rem < HZ // 4 else at - rem + HZ
    at -= 3 * cpu
    return j if at <= now else at


class Array:
    def __init__(self, limit, batchcount):
        self.limit, self.batchcount = limit, batchcount
        self.entry = []         # entry[-1] is the top
        self.touched = 0


class Slab:
    def __init__(self, sid, num):
        self.sid = sid
        self.inuse = 0
        self.chain = list(range(num))   # chain[0] is slabp->free

    def get(self):
        self.inuse += 1
        return (self.sid, self.chain.pop(0))

    def put(self, idx):
        self.inuse -= 1
        self.chain.insert(0, idx)


class Cache:
    """One cache on a machine of @cpus CPUs, created at jiffies @now, whose
    kmem_cache object is at i386 address @addr."""

    def __init__(self, size, cpus, addr, now):
        (self.size, self.num, self.order, self.mgmt, limit, batch,
         shared) = sizing(size, cpus)
        self.cpus = cpus
        self.array = [Array(limit, batch) for _ in range(cpus)]
        self.shared = Array(shared * batch, 0xbaadf00d) if shared else None
        self.full, self.partial, self.free = [], [], []
        self.slabs = {}
        self.next_sid = 0
        self.free_objects = 0
        self.free_limit = (1 + cpus) * batch + self.num
        self.free_touched = 0
        self.next_reap = now + REAPTIMEOUT_LIST3 + addr % REAPTIMEOUT_LIST3

    # -- lists -----------------------------------------------------------
    def unlink(self, slab):
        for lst in (self.full, self.partial, self.free):
            if slab in lst:
                lst.remove(slab)
                return
        raise AssertionError("slab on no list")

    def grow(self):
        slab = Slab(self.next_sid, self.num)
        self.slabs[slab.sid] = slab
        self.next_sid += 1
        self.free.append(slab)          # list_add_tail(slabs_free)
        self.free_objects += self.num

    def free_block(self, objs):
        for sid, idx in objs:
            slab = self.slabs[sid]
            self.unlink(slab)
            slab.put(idx)
            self.free_objects += 1
            if slab.inuse == 0:
                if self.free_objects > self.free_limit:
                    self.free_objects -= self.num
                    del self.slabs[sid]         # slab_destroy
                else:
                    self.free.insert(0, slab)   # list_add(slabs_free)
            else:
                self.partial.append(slab)       # list_add_tail(partial)

    # -- alloc and free --------------------------------------------------
    def refill(self, cpu):
        ac = self.array[cpu]
        while True:
            batch = ac.batchcount
            if not ac.touched and batch > BATCHREFILL_LIMIT:
                batch = BATCHREFILL_LIMIT
            if self.shared and self.transfer(ac, self.shared, batch):
                break
            while batch > 0:
                if self.partial:
                    slab = self.partial[0]
                else:
                    self.free_touched = 1
                    if not self.free:
                        break
                    slab = self.free[0]
                while slab.inuse < self.num and batch > 0:
                    batch -= 1
                    ac.entry.append(slab.get())
                self.unlink(slab)
                if slab.chain:
                    self.partial.insert(0, slab)
                else:
                    self.full.insert(0, slab)
            self.free_objects -= len(ac.entry)
            if ac.entry:
                break
            self.grow()
        ac.touched = 1
        return ac.entry.pop()

    @staticmethod
    def transfer(to, frm, most):
        nr = min(len(frm.entry), most, to.limit - len(to.entry))
        if nr <= 0:
            return 0
        to.entry += frm.entry[len(frm.entry) - nr:]
        del frm.entry[len(frm.entry) - nr:]
        to.touched = 1
        return nr

    def alloc(self, cpu):
        ac = self.array[cpu]
        if ac.entry:
            ac.touched = 1
            return ac.entry.pop()
        return self.refill(cpu)

    def free_obj(self, cpu, obj):
        ac = self.array[cpu]
        if len(ac.entry) >= ac.limit:
            batch = ac.batchcount
            room = self.shared.limit - len(self.shared.entry) if self.shared else 0
            if room:
                batch = min(batch, room)
                self.shared.entry += ac.entry[:batch]
            else:
                self.free_block(ac.entry[:batch])
            del ac.entry[:batch]
        ac.entry.append(obj)

    # -- reaping ---------------------------------------------------------
    def drain_array(self, ac, force):
        if not ac or not ac.entry:
            return
        if ac.touched and not force:
            ac.touched = 0
            return
        tofree = len(ac.entry) if force else (ac.limit + 4) // 5
        if tofree > len(ac.entry):
            tofree = (len(ac.entry) + 1) // 2
        self.free_block(ac.entry[:tofree])
        del ac.entry[:tofree]

    def reap(self, cpu, now):
        """This cache's part of cache_reap() on @cpu at jiffies @now."""
        self.drain_array(self.array[cpu], 0)
        if self.next_reap > now:
            return
        self.next_reap = now + REAPTIMEOUT_LIST3
        self.drain_array(self.shared, 0)
        if self.free_touched:
            self.free_touched = 0
            return
        tofree = (self.free_limit + 5 * self.num - 1) // (5 * self.num)
        while tofree > 0 and self.free:
            slab = self.free.pop()          # the tail of slabs_free
            self.free_objects -= self.num
            del self.slabs[slab.sid]
            tofree -= 1

    # -- what /proc/slabinfo shows ---------------------------------------
    def counts(self):
        active_slabs = len(self.full) + len(self.partial)
        num_slabs = active_slabs + len(self.free)
        active = sum(s.inuse for s in self.full + self.partial)
        return (active, num_slabs * self.num, active_slabs, num_slabs,
                len(self.shared.entry) if self.shared else 0)


class Timers:
    """The reap timer of each CPU: armed by cpucache_init() at jiffies 0,
    run by each tick in the order they were armed, re-armed after each
    run for about REAPTIMEOUT_CPUC later."""

    def __init__(self, cpus):
        self.armed = [(cpu, round_jiffies(HZ, cpu, 0)) for cpu in range(cpus)]

    def tick(self, now, reap):
        due = [t for t in self.armed if t[1] <= now]
        self.armed = [t for t in self.armed if t[1] > now]
        for cpu, _ in due:
            reap(cpu)
            self.armed.append((cpu, round_jiffies(now + REAPTIMEOUT_CPUC,
                                                  cpu, now)))
