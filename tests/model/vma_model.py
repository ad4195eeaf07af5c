"""vma_model.py - an independent model of a Linux 2.6.24 (i386) process
address space, written from the 2.6.24 rules and not from mm24's C code,
so that a slip in mm24 is not copied into its oracle.

It starts from what exec gives a program of mm24's exec command (16 KiB of
text, 4 KiB of data, 4 KiB of bss) and predicts, system call by system
call, the result and /proc/PID/maps: where mmap puts a mapping (both
layouts, with free_area_cache and cached_hole_size), which VMAs merge and
split, what brk and mremap do.  Only anonymous private mappings are made.

Which 2.6.24 rule each part follows (the pristine tree's file:line):

  model                    2.6.24
  exec layout              load_elf_binary, set_brk   fs/binfmt_elf.c:542, :85
                           setup_arg_pages            fs/exec.c:559
                           arch_pick_mmap_layout      arch/x86/mm/mmap_32.c:60
  mmap                     do_mmap_pgoff              mm/mmap.c:891
                           mmap_region                mm/mmap.c:1067
  get_unmapped_area        get_unmapped_area          mm/mmap.c:1408
  _bottom_up, _unmap_bu    arch_get_unmapped_area     mm/mmap.c:1235
                           arch_unmap_area            mm/mmap.c:1292
  _top_down, _unmap_td     arch_get_unmapped_area_topdown mm/mmap.c:1309
                           arch_unmap_area_topdown    mm/mmap.c:1394
  munmap                   do_munmap                  mm/mmap.c:1838
                           detach_vmas_to_be_unmapped mm/mmap.c:1757
  _split                   split_vma                  mm/mmap.c:1785
  _merge                   vma_merge                  mm/mmap.c:737
                           can_vma_merge_before/after mm/mmap.c:676, :695
  mprotect                 sys_mprotect               mm/mprotect.c:215
                           mprotect_fixup             mm/mprotect.c:131
  brk                      sys_brk, do_brk            mm/mmap.c:236, :1925
  mremap                   do_mremap                  mm/mremap.c:249
                           move_vma, copy_vma         mm/mremap.c:157, mm/mmap.c:2096
  maps                     show_map_internal          fs/proc/task_mmu.c:134
"""

PAGE = 4096
TASK_SIZE = 0xC0000000
TASK_UNMAPPED_BASE = 0x40000000
MAX_MAP_COUNT = 65536

VM_READ, VM_WRITE, VM_EXEC, VM_SHARED = 0x1, 0x2, 0x4, 0x8
VM_MAYREAD, VM_MAYWRITE, VM_MAYEXEC, VM_MAYSHARE = 0x10, 0x20, 0x40, 0x80
VM_GROWSDOWN, VM_DENYWRITE, VM_EXECUTABLE = 0x100, 0x800, 0x1000
VM_ACCOUNT = 0x100000
VM_MAY = VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC
PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_SHARED, MAP_PRIVATE, MAP_FIXED, MAP_ANONYMOUS = 1, 2, 0x10, 0x20

EINVAL, ENOMEM, EFAULT = 22, 12, 14
MREMAP_MAYMOVE, MREMAP_FIXED = 1, 2
MASK32 = 0xFFFFFFFF


def page_align(x):
    return (x + PAGE - 1) & ~(PAGE - 1) & MASK32


class Vma:
    __slots__ = ("start", "end", "flags", "pgoff", "file")

    def __init__(self, start, end, flags, pgoff, file=None):
        self.start, self.end, self.flags, self.pgoff = start, end, flags, pgoff
        self.file = file            # (dev, ino, path) or None

    def pages(self):
        return (self.end - self.start) // PAGE


class Space:
    """One program's mm after exec, then the system calls on it."""

    def __init__(self, legacy=False, ino=1, path="/bin/cat"):
        base, text, data, bss = 0x08048000, 16384, 4096, 4096
        f = (0, 1, ino, path)
        self.vmas = []
        self.legacy = legacy
        # arch_pick_mmap_layout(): an 8 MiB stack limit gives the minimum
        # gap of 128 MiB below TASK_SIZE; load_elf_binary() then resets
        # the cache
        self.mmap_base = TASK_UNMAPPED_BASE if legacy else TASK_SIZE - (128 << 20)
        self.free_area_cache = self.mmap_base
        self.cached_hole_size = 0
        # the stack: one page from bprm_mm_init() plus 20 more
        stack = TASK_SIZE - 21 * PAGE
        self.vmas.append(Vma(stack, TASK_SIZE, VM_READ | VM_WRITE | VM_MAY |
                             VM_GROWSDOWN | VM_ACCOUNT, stack // PAGE))
        self.start_stack = TASK_SIZE - 16
        # text r-x and data rw- from the file (elf_map(): MAP_PRIVATE |
        # MAP_DENYWRITE | MAP_EXECUTABLE), data charged as it is writable
        exe = VM_DENYWRITE | VM_EXECUTABLE | VM_MAY
        self.vmas.append(Vma(base, base + text, VM_READ | VM_EXEC | exe, 0, f))
        dstart = base + text
        self.vmas.append(Vma(dstart, dstart + data, VM_READ | VM_WRITE | exe |
                             VM_ACCOUNT, text // PAGE, f))
        # set_brk(): the bss pages, anonymous, by do_brk()
        self.end_code = base + text
        self.start_data = dstart
        bss_start = page_align(dstart + data)
        bss_end = page_align(dstart + data + bss)
        self.vmas.append(Vma(bss_start, bss_end, self.brk_flags(), bss_start // PAGE))
        self.start_brk = self.brk = bss_end
        self.vmas.sort(key=lambda v: v.start)

    @staticmethod
    def brk_flags():
        # VM_DATA_DEFAULT_FLAGS (no READ_IMPLIES_EXEC: the stack is
        # non-executable) | VM_ACCOUNT
        return VM_READ | VM_WRITE | VM_MAY | VM_ACCOUNT

    # ---- lookups ----
    def find_vma(self, addr):
        for v in self.vmas:
            if v.end > addr:
                return v
        return None

    def index(self, v):
        return self.vmas.index(v)

    def prev_of(self, addr):
        """find_vma_prepare(): (the first VMA ending above addr, the one before)."""
        prev = None
        for v in self.vmas:
            if v.end > addr:
                return v, prev
            prev = v
        return None, prev

    def next_of(self, v):
        i = self.index(v)
        return self.vmas[i + 1] if i + 1 < len(self.vmas) else None

    # ---- placement ----
    def _bottom_up(self, addr, length, flags):
        if length > TASK_SIZE:
            return -ENOMEM
        if flags & MAP_FIXED:
            return addr
        if addr:
            addr = page_align(addr)
            v = self.find_vma(addr)
            if TASK_SIZE - length >= addr and (not v or addr + length <= v.start):
                return addr
        if length > self.cached_hole_size:
            start = addr = self.free_area_cache
        else:
            start = addr = TASK_UNMAPPED_BASE
            self.cached_hole_size = 0
        while True:
            v = self.find_vma(addr)
            if TASK_SIZE - length < addr:
                if start != TASK_UNMAPPED_BASE:
                    start = addr = TASK_UNMAPPED_BASE
                    self.cached_hole_size = 0
                    continue
                return -ENOMEM
            if not v or addr + length <= v.start:
                self.free_area_cache = addr + length
                return addr
            if addr + self.cached_hole_size < v.start:
                self.cached_hole_size = v.start - addr
            addr = v.end

    def _top_down(self, addr0, length, flags):
        addr = addr0
        if length > TASK_SIZE:
            return -ENOMEM
        if flags & MAP_FIXED:
            return addr
        if addr:
            addr = page_align(addr)
            v = self.find_vma(addr)
            if TASK_SIZE - length >= addr and (not v or addr + length <= v.start):
                return addr
        if length <= self.cached_hole_size:
            self.cached_hole_size = 0
            self.free_area_cache = self.mmap_base
        addr = self.free_area_cache
        if addr > length:
            v = self.find_vma(addr - length)
            if not v or addr <= v.start:
                self.free_area_cache = addr - length
                return addr - length
        if self.mmap_base >= length:
            addr = self.mmap_base - length
            while True:
                v = self.find_vma(addr)
                if not v or addr + length <= v.start:
                    self.free_area_cache = addr
                    return addr
                if addr + self.cached_hole_size < v.start:
                    self.cached_hole_size = v.start - addr
                addr = (v.start - length) & MASK32
                if not length < v.start:
                    break
        # the bottom-up fallback
        self.cached_hole_size = 0xFFFFFFFF
        self.free_area_cache = TASK_UNMAPPED_BASE
        addr = self._bottom_up(addr0, length, flags)
        self.free_area_cache = self.mmap_base
        self.cached_hole_size = 0xFFFFFFFF
        return addr

    def get_unmapped_area(self, addr, length, flags):
        addr = (self._bottom_up if self.legacy else self._top_down)(addr, length, flags)
        if addr < 0:
            return addr
        if addr > TASK_SIZE - length:
            return -ENOMEM
        if addr & (PAGE - 1):
            return -EINVAL
        return addr

    def _unmap_area(self, addr):
        if self.legacy:
            if addr >= TASK_UNMAPPED_BASE and addr < self.free_area_cache:
                self.free_area_cache = addr
                self.cached_hole_size = 0xFFFFFFFF
        else:
            if addr > self.free_area_cache:
                self.free_area_cache = addr
            if self.free_area_cache > self.mmap_base:
                self.free_area_cache = self.mmap_base

    # ---- merging ----
    @staticmethod
    def _mergeable(v, flags):
        return v.flags == flags and v.file is None

    def _merge(self, prev, addr, end, flags, pgoff):
        """vma_merge() for anonymous memory; the VMA it extends, or None."""
        pglen = (end - addr) // PAGE
        nxt = self.next_of(prev) if prev else (self.vmas[0] if self.vmas else None)
        area = nxt
        if nxt and nxt.end == end:
            nxt = self.next_of(nxt)
        if prev and prev.end == addr and self._mergeable(prev, flags) and \
                prev.pgoff + prev.pages() == pgoff:
            if nxt and end == nxt.start and self._mergeable(nxt, flags) and \
                    pgoff + pglen == nxt.pgoff:
                self._adjust(prev, prev.start, nxt.end)         # cases 1, 6
            else:
                self._adjust(prev, prev.start, end)             # cases 2, 5, 7
            return prev
        if nxt and end == nxt.start and self._mergeable(nxt, flags) and \
                pgoff + pglen == nxt.pgoff:
            if prev and addr < prev.end:                        # case 4
                old = prev.end
                prev.end = addr
                nxt.start = addr
                nxt.pgoff -= (old - addr) // PAGE
                return area
            # cases 3, 8: area takes [addr, next's end) with next's offset
            pgoff_new = nxt.pgoff - pglen
            end2 = nxt.end
            if area is not nxt:
                self.vmas.remove(nxt)
            area.start, area.end, area.pgoff = addr, end2, pgoff_new
            return area
        return None

    def _adjust(self, v, start, end):
        """vma_adjust() growing v over [start, end): VMAs it covers go,
        one it reaches into starts at end."""
        v.start, v.end = start, end
        for w in list(self.vmas):
            if w is v or w.end <= start or w.start >= end:
                continue
            if w.start >= start and w.end <= end:
                self.vmas.remove(w)
            else:
                w.pgoff += (end - w.start) // PAGE
                w.start = end

    # ---- splitting and unmapping ----
    def _split(self, v, addr):
        if len(self.vmas) >= MAX_MAP_COUNT:
            return -ENOMEM
        new = Vma(addr, v.end, v.flags, v.pgoff + (addr - v.start) // PAGE, v.file)
        v.end = addr
        self.vmas.insert(self.index(v) + 1, new)
        return 0

    def munmap(self, start, length):
        if start & (PAGE - 1) or start > TASK_SIZE or length > TASK_SIZE - start:
            return -EINVAL
        length = page_align(length)
        if length == 0:
            return -EINVAL
        v, prev = self.prev_of(start)
        if not v:
            return 0
        end = start + length
        if v.start >= end:
            return 0
        if start > v.start:
            err = self._split(v, start)
            if err:
                return err
            prev = v
        last = self.find_vma(end)
        if last and end > last.start:
            err = self._split(last, end)
            if err:
                return err
        i = self.index(prev) + 1 if prev else 0
        while i < len(self.vmas) and self.vmas[i].start < end:
            del self.vmas[i]
        after = self.vmas[i] if i < len(self.vmas) else None
        if self.legacy:
            self._unmap_area(prev.end if prev else self.mmap_base)
        else:
            self._unmap_area(after.start if after else self.mmap_base)
        return 0

    # ---- the system calls ----
    def mmap(self, addr, length, prot, flags):
        if not length:
            return -EINVAL
        length = page_align(length)
        if not length or length > TASK_SIZE:
            return -ENOMEM
        if len(self.vmas) > MAX_MAP_COUNT:
            return -ENOMEM
        addr = self.get_unmapped_area(addr, length, flags)
        if addr < 0:
            return addr
        vflags = prot | VM_MAY
        if flags & 3 == MAP_SHARED:
            raise ValueError("the model maps private memory only")
        if flags & 3 != MAP_PRIVATE:
            return -EINVAL
        pgoff = addr // PAGE
        # mmap_region(): clear what is there, charge a writable mapping
        while True:
            v = self.find_vma(addr)
            if v and v.start < addr + length:
                self.munmap(addr, length)
                continue
            break
        if vflags & VM_WRITE:
            vflags |= VM_ACCOUNT
        _, prev = self.prev_of(addr)
        if self._merge(prev, addr, addr + length, vflags, pgoff):
            return addr
        self.vmas.append(Vma(addr, addr + length, vflags, pgoff))
        self.vmas.sort(key=lambda w: w.start)
        return addr

    def _fixup(self, v, prev, start, end, newflags):
        """mprotect_fixup(); returns (error, the VMA now ending at end)."""
        if newflags == v.flags:
            return 0, v
        if newflags & VM_WRITE and not v.flags & (VM_ACCOUNT | VM_WRITE | VM_SHARED):
            newflags |= VM_ACCOUNT
        pgoff = v.pgoff + (start - v.start) // PAGE
        m = self._merge(prev, start, end, newflags, pgoff) if v.file is None else None
        if m:
            m.flags = newflags
            return 0, m
        if start != v.start:
            err = self._split(v, start)
            if err:
                return err, prev
            v = self.next_of(v)
        if end != v.end:
            err = self._split(v, end)
            if err:
                return err, v
        v.flags = newflags
        return 0, v

    def mprotect(self, start, length, prot):
        if start & (PAGE - 1):
            return -EINVAL
        if not length:
            return 0
        length = page_align(length)
        end = (start + length) & MASK32
        if end <= start:
            return -ENOMEM
        if prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | 8):
            return -EINVAL
        v, prev = self.prev_of(start)
        if not v or v.start > start:
            return -ENOMEM
        if start > v.start:
            prev = v
        nstart = start
        while True:
            newflags = (prot & 7) | (v.flags & ~(VM_READ | VM_WRITE | VM_EXEC))
            tmp = min(v.end, end)
            err, prev = self._fixup(v, prev, nstart, tmp, newflags)
            if err:
                return err
            nstart = tmp
            if nstart < prev.end:
                nstart = prev.end
            if nstart >= end:
                return 0
            v = self.next_of(prev)
            if not v or v.start != nstart:
                return -ENOMEM

    def mremap(self, addr, old_len, new_len, flags, new_addr=0):
        """do_mremap() of anonymous memory."""
        if flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE) or addr & (PAGE - 1):
            return -EINVAL
        old_len, new_len = page_align(old_len), page_align(new_len)
        if not new_len:
            return -EINVAL
        fixed = flags & MREMAP_FIXED
        if fixed:
            if new_addr & (PAGE - 1) or not flags & MREMAP_MAYMOVE:
                return -EINVAL
            if new_len > TASK_SIZE or new_addr > TASK_SIZE - new_len:
                return -EINVAL
            if new_addr <= addr < new_addr + new_len or \
                    addr <= new_addr < addr + old_len:
                return -EINVAL
            err = self.munmap(new_addr, new_len)
            if err:
                return err
        if old_len >= new_len:
            err = self.munmap(addr + new_len, old_len - new_len) \
                if old_len != new_len else -EINVAL
            if err and old_len != new_len:
                return err
            if not fixed or new_addr == addr:
                return addr
            old_len = new_len
        v = self.find_vma(addr)
        if not v or v.start > addr or old_len > v.end - addr:
            return -EFAULT
        if v.file is not None:
            raise ValueError("the model moves anonymous memory only")
        if old_len == v.end - addr and not (fixed and addr != new_addr) and \
                (old_len != new_len or not flags & MREMAP_MAYMOVE):
            nxt = self.next_of(v)
            limit = nxt.start if nxt else TASK_SIZE
            if limit - addr >= new_len:
                v.end = addr + new_len          # vma_adjust(), no merge
                return addr
        if not flags & MREMAP_MAYMOVE:
            return -ENOMEM
        if not fixed:
            new_addr = self.get_unmapped_area(0, new_len, 0)
            if new_addr < 0:
                return new_addr
        # move_vma(): copy_vma() at the new place (an anonymous VMA that
        # never had a page takes the pgoff of its new address), then the
        # old range goes
        _, prev = self.prev_of(new_addr)
        if not self._merge(prev, new_addr, new_addr + new_len, v.flags,
                           new_addr // PAGE):
            self.vmas.append(Vma(new_addr, new_addr + new_len, v.flags,
                                 new_addr // PAGE))
            self.vmas.sort(key=lambda w: w.start)
        self.munmap(addr, old_len)
        return new_addr

    def sys_brk(self, brk):
        if brk < self.end_code:
            return self.brk
        newbrk, oldbrk = page_align(brk), page_align(self.brk)
        if oldbrk == newbrk:
            self.brk = brk
            return self.brk
        if brk <= self.brk:
            if not self.munmap(newbrk, oldbrk - newbrk):
                self.brk = brk
            return self.brk
        v = self.find_vma(oldbrk)
        if v and v.start < newbrk + PAGE:
            return self.brk
        if self._do_brk(oldbrk, newbrk - oldbrk) == oldbrk:
            self.brk = brk
        return self.brk

    def _do_brk(self, addr, length):
        v = self.find_vma(addr)
        if v and v.start < addr + length:
            self.munmap(addr, length)
        _, prev = self.prev_of(addr)
        flags = self.brk_flags()
        if not self._merge(prev, addr, addr + length, flags, addr // PAGE):
            self.vmas.append(Vma(addr, addr + length, flags, addr // PAGE))
            self.vmas.sort(key=lambda w: w.start)
        return addr

    # ---- /proc/PID/maps ----
    def maps(self):
        out = []
        for v in self.vmas:
            f = v.flags
            head = "%08x-%08x %s%s%s%s %08x " % (
                v.start, v.end, "r" if f & VM_READ else "-",
                "w" if f & VM_WRITE else "-", "x" if f & VM_EXEC else "-",
                "s" if f & VM_MAYSHARE else "p", (v.pgoff * PAGE) & MASK32)
            if v.file:
                head += "%02x:%02x %d " % v.file[:3]
                name = v.file[3]
            else:
                head += "00:00 0 "
                name = None
                if v.start <= self.start_brk and v.end >= self.brk:
                    name = "[heap]"
                elif v.start <= self.start_stack and v.end >= self.start_stack:
                    name = "[stack]"
            if name:
                head += " " * max(49 - len(head), 1) + name
            out.append(head)
        return "\n".join(out) + "\n"
