"""fault_model.py - the page-fault rules of Linux 2.6.24 for private
anonymous memory, as a small model that tests replay (no mm24 code).

Rules (mm/memory.c):
 * the first access to a page of a VMA faults once; read or write, it maps
   a new zeroed page, writable and dirty (do_anonymous_page(): no zero
   page in 2.6.24), so a write after a read does not fault;
 * fork copies every present PTE; both processes lose write permission
   (copy_one_pte() of a COW mapping), and the page is mapped twice;
 * a write to a present read-only PTE faults (do_wp_page()): if only this
   PTE maps the page it is made writable again (reuse), otherwise the
   page is copied to a new one that this PTE maps alone;
 * a read of a present PTE never faults;
 * exit drops every PTE of the process.
Every anonymous page stays dirty (its PTE was made dirty when it was
mapped and fork keeps the bit), so smaps shows only Dirty pages: Shared
when another PTE maps the same page, Private otherwise.
"""

PAGE = 4096


class Frame:
    def __init__(self, data=None):
        self.data = dict(data or {})    # offset -> byte; absent: 0
        self.maps = 0                   # PTEs that map it


class Task:
    def __init__(self, pid):
        self.pid = pid
        self.ptes = {}                  # page address -> [frame, writable]


class Model:
    def __init__(self):
        self.faults = 0
        self.tasks = {}

    def new_task(self, pid):
        self.tasks[pid] = Task(pid)
        return self.tasks[pid]

    def _map_new(self, task, page, data=None):
        frame = Frame(data)
        frame.maps = 1
        task.ptes[page] = [frame, True]
        return frame

    def load(self, pid, addr):
        task = self.tasks[pid]
        page = addr - addr % PAGE
        if page not in task.ptes:
            self.faults += 1
            self._map_new(task, page)
        return task.ptes[page][0].data.get(addr % PAGE, 0)

    def store(self, pid, addr, byte):
        """Write @byte; the frame written and the one it replaced (a COW
        copy), or None."""
        task = self.tasks[pid]
        old = None
        page = addr - addr % PAGE
        pte = task.ptes.get(page)
        if pte is None:
            self.faults += 1
            frame = self._map_new(task, page)
        elif not pte[1]:
            self.faults += 1
            if pte[0].maps == 1:        # ours alone: reuse
                pte[1] = True
                frame = pte[0]
            else:                       # shared: copy on write
                old = pte[0]
                old.maps -= 1
                frame = self._map_new(task, page, old.data)
        else:
            frame = pte[0]
        frame.data[addr % PAGE] = byte
        return frame, old

    def fork(self, pid, child_pid):
        parent = self.tasks[pid]
        child = self.new_task(child_pid)
        for page, pte in parent.ptes.items():
            pte[1] = False
            pte[0].maps += 1
            child.ptes[page] = [pte[0], False]
        return child

    def exit(self, pid):
        for pte in self.tasks.pop(pid).ptes.values():
            pte[0].maps -= 1

    def rss_kb(self, pid):
        return len(self.tasks[pid].ptes) * PAGE // 1024

    def smaps_kb(self, pid, start, length):
        """(Rss, Shared_Dirty, Private_Dirty) of [start, start + length)."""
        rss = shared = private = 0
        for page, pte in self.tasks[pid].ptes.items():
            if start <= page < start + length:
                rss += 4
                if pte[0].maps >= 2:
                    shared += 4
                else:
                    private += 4
        return rss, shared, private
