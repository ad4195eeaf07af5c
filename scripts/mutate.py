#!/usr/bin/env python3
"""mutate.py - mutation testing of the mirrored functions (make mutate).

    mutate.py [--build DIR] [--jobs N] [--only ID,ID...] [--rev REV] [--list]
              MUTANTS

MUTANTS (tests/mutate/mutants.txt) is a reviewed list of single-operator
mutants, one block each:

    [buddy-wmark-order-lte]
    file = src/zone/page_alloc.c
    in   = zone_watermark_ok
    from = if (avail <= need)
    to   = if (avail < need)
    why  = a free count exactly at the halved mark must fail, as 2.6.24's <=

"from" must occur exactly once in the function "in" of "file" (\\n and \\t
stand for a new line and a tab); "to" replaces it.  A mutant that no test
can tell from the original says why in "equivalent = ..." instead of being
expected to die.

Each worker has a copy of the tree (the tracked and untracked files of
the working tree, or with --rev the tree of that commit, copied under
DIR/wN/tree; the working tree itself is never touched) and its own
build, rebuilt incrementally.  The fast tests run in order, cheapest
first, and the first that fails where it passed before any mutant kills
the mutant: the unit tests of the mutated unit, the models, the scenario
goldens (tests/scenarios, then the chapters' notes/scenarios against
tests/scenarios-notes), the other unit tests, the dot tests.  The units
are taken in turn, so that a run cut short has covered every one.
With --rev, what fails before any mutant is kept per commit tree in
DIR/baseline-TREE.json and not run again.  A mutant
that does not compile is an error in the list.  Prints each verdict, the
kill rate per unit and overall, and the survivors; exits 1 if a mutant
survives that is not explained as equivalent, or on an error.
"""
import argparse
import concurrent.futures
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# the scenario sets and their goldens, as SCENARIO_SETS in the Makefile
SCENARIO_SETS = (('tests/scenarios', 'tests/scenarios'),
                 ('notes/scenarios', 'tests/scenarios-notes'))
STEP_TIMEOUT = 300          # seconds; a mutant that hangs a step is killed
BUILD_TIMEOUT = 3600        # the first, full build of a worker's tree


def parse_mutants(path):
    mutants, cur = [], None
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        m = re.match(r'^\[([A-Za-z0-9_.-]+)\]$', line)
        if m:
            cur = {'id': m.group(1), 'line': n}
            mutants.append(cur)
            continue
        m = re.match(r'^(file|in|from|to|why|equivalent)\s*=\s?(.*)$', line)
        if not m or cur is None:
            sys.exit(f'{path}:{n}: expected "[id]" or "key = value"')
        val = m.group(2).replace('\\n', '\n').replace('\\t', '\t')
        cur[m.group(1)] = val
    ids = set()
    for mu in mutants:
        for key in ('file', 'from', 'to', 'why'):
            if key not in mu:
                sys.exit(f'{path}:{mu["line"]}: [{mu["id"]}] has no "{key}"')
        if mu['id'] in ids:
            sys.exit(f'{path}:{mu["line"]}: [{mu["id"]}] twice')
        ids.add(mu['id'])
        mu['unit'] = unit_of(mu['file'])
    return mutants


def unit_of(path):
    parts = path.split('/')
    if parts[:3] == ['src', 'arch', 'i386']:
        return 'arch'
    if parts[0] == 'src' and parts[1] != 'include':
        return parts[1]
    return {'mm.h': 'page', 'mm_types.h': 'page', 'page-flags.h': 'page',
            'mmzone.h': 'zone', 'vmstat.h': 'zone', 'gfp.h': 'buddy',
            'slab.h': 'slab', 'slab_def.h': 'slab', 'bootmem.h': 'bootmem',
            'highmem.h': 'highmem', 'vmalloc.h': 'vmalloc',
            'rbtree.h': 'lib', 'hash.h': 'lib', 'reciprocal_div.h': 'lib',
            'bitops.h': 'lib', 'list.h': 'lib', 'pgtable.h': 'arch',
            'fixmap.h': 'arch', 'page.h': 'arch', 'tlbflush.h': 'arch',
            'uaccess.h': 'arch'}.get(parts[-1], 'lib')


def function_span(text, name):
    """The [start, end) of the definition of function @name in @text."""
    for m in re.finditer(r'^(?:[A-Za-z_][^\n;{]*\b)?' + re.escape(name) +
                         r'\s*\([^;{]*\)[^;{]*\{', text, re.M):
        depth, i = 0, m.end() - 1
        while i < len(text):
            if text[i] == '{':
                depth += 1
            elif text[i] == '}':
                depth -= 1
                if depth == 0:
                    return m.start(), i + 1
            i += 1
    return None


def apply(mu, text):
    """@text with the mutant planted, or an error string."""
    lo, hi = 0, len(text)
    if mu.get('in'):
        span = function_span(text, mu['in'])
        if not span:
            return None, f'no function {mu["in"]}() in {mu["file"]}'
        lo, hi = span
    body = text[lo:hi]
    count = body.count(mu['from'])
    if count != 1:
        where = f'{mu["in"]}()' if mu.get('in') else mu['file']
        return None, f'"{mu["from"]}" occurs {count} times in {where}'
    if mu['from'] == mu['to']:
        return None, 'from and to are the same'
    return text[:lo] + body.replace(mu['from'], mu['to']) + text[hi:], None


def run(cmd, cwd, timeout=STEP_TIMEOUT, env=None):
    """Run @cmd in a process group of its own: on a timeout the whole group
    is killed, so that a mutant's endless loop in a grandchild (mm24 under
    run-scenarios.sh) does not live on and eat the CPU of later steps."""
    # the make that runs this script does not pass its job server on:
    # every make started here is a make of its own
    e = {k: v for k, v in os.environ.items()
         if k not in ('MAKEFLAGS', 'MFLAGS', 'MAKELEVEL')}
    if env:
        e.update(env)
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, env=e, text=True,
                         errors='replace', start_new_session=True)
    try:
        out, _ = p.communicate(timeout=timeout)
        return p.returncode, out
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        return 'timeout', out or ''


def tree_files(top):
    if top != ROOT:
        return [os.path.relpath(os.path.join(d, n), top)
                for d, _, names in os.walk(top) for n in names]
    out = subprocess.run(['git', 'ls-files', '-co', '--exclude-standard'],
                         cwd=ROOT, stdout=subprocess.PIPE, text=True,
                         check=True).stdout.split('\n')
    return [f for f in out if f and not f.startswith(('site/', 'build/'))
            and os.path.isfile(os.path.join(ROOT, f))]


def export_rev(rev, dest):
    """The tree of commit @rev in @dest (git archive): others' unfinished
    work in a shared working tree stays out of the mutants' builds."""
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    arc = subprocess.run(['git', 'archive', rev], cwd=ROOT,
                         stdout=subprocess.PIPE, check=True).stdout
    subprocess.run(['tar', '-x', '-C', dest], input=arc, check=True)
    return dest


def sync_tree(top, dest):
    """Copy the tree @top (the working tree, or an exported commit) to
    @dest, leaving unchanged files (and their times, for an incremental
    build) alone."""
    keep = set()
    for f in tree_files(top):
        src, dst = os.path.join(top, f), os.path.join(dest, f)
        keep.add(f)
        try:
            with open(src, 'rb') as a, open(dst, 'rb') as b:
                if a.read() == b.read():
                    continue
        except FileNotFoundError:
            pass
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy2(src, dst)
    for d, _, files in os.walk(dest):
        for name in files:
            rel = os.path.relpath(os.path.join(d, name), dest)
            if rel not in keep:
                os.unlink(os.path.join(d, name))


class Worker:
    def __init__(self, base, n):
        self.tree = os.path.join(base, f'w{n}', 'tree')
        self.build = os.path.join(base, f'w{n}', 'build')
        self.baseline = None

    def make(self, *targets):
        return run(['make', '--no-print-directory', 'BUILD=' + self.build] +
                   list(targets), self.tree, timeout=BUILD_TIMEOUT)

    def unit_tests(self):
        out = self.make('-s', 'print-unit-tests')[1]
        return [t for t in out.split() if t.startswith(self.build)]

    def build_all(self):
        rc, out = self.make('-j1', os.path.join(self.build, 'bin', 'mm24'),
                            *self.unit_tests())
        return rc == 0, out

    def steps(self, unit):
        """The fast tests, cheapest first: (name, callable) pairs."""
        mm24 = os.path.join(self.build, 'bin', 'mm24')
        env = {'MM24': mm24}
        tests = self.unit_tests()
        mine = [t for t in tests if f'/tests/{unit}/' in t]
        rest = [t for t in tests if t not in mine]

        def scenarios():
            failed = set()
            for d, goldens in SCENARIO_SETS:
                rc, out = run(['sh', 'scripts/run-scenarios.sh', mm24, d,
                               goldens], self.tree,
                              env={'FAIL_FAST': '1'} if self.baseline
                              and not self.baseline['scen'] else None)
                failed |= {f'{d}/{n}' for n in
                           re.findall(r'^FAIL (\S+)', out, re.M)}
                if rc == 'timeout':
                    failed.add(f'{d} (timeout)')
                if self.baseline is not None and \
                   failed - self.baseline['scen']:
                    break
            return failed

        def binaries(which):
            def go():
                failed = set()
                for t in which:
                    rc, _ = run([t], self.tree)
                    if rc != 0:
                        failed.add(os.path.relpath(t, self.build))
                        if self.baseline is not None and \
                           os.path.relpath(t, self.build) not in \
                           self.baseline.get('unit', set()):
                            break
                return failed
            return go

        def pytests(files):
            def go():
                failed = set()
                for f in files:
                    rc, _ = run([sys.executable, '-m', 'unittest', '-q', f],
                                self.tree, env=env)
                    if rc != 0:
                        failed.add(f)
                        if self.baseline is not None and \
                           f not in self.baseline.get('py', set()):
                            break
                return failed
            return go

        models = sorted('tests/model/' + f for f in
                        os.listdir(os.path.join(self.tree, 'tests/model'))
                        if f.startswith('test_') and f.endswith('.py'))
        return [(f'unit tests of {unit}', 'unit', binaries(mine)),
                ('models', 'py', pytests(models)),
                ('scenarios', 'scen', scenarios),
                ('other unit tests', 'unit', binaries(rest)),
                ('dot tests', 'py', pytests(['tests/dot/test_dot.py']))]

    def run_baseline(self, saved=None):
        ok, out = self.build_all()
        if not ok:
            errs = [l for l in out.split('\n') if 'rror' in l or '***' in l]
            return 'the tree does not build:\n' + '\n'.join(
                (errs or out.split('\n'))[-30:])
        if saved and os.path.exists(saved):
            with open(saved, encoding='utf-8') as f:
                self.baseline = {k: set(v) for k, v in json.load(f).items()}
            return None
        self.baseline = None        # every test runs, none stops early
        base = {'scen': set(), 'unit': set(), 'py': set()}
        for _, kind, go in self.steps('none'):
            base[kind] |= go()
        self.baseline = base
        if saved:
            with open(saved, 'w', encoding='utf-8') as f:
                json.dump({k: sorted(v) for k, v in base.items()}, f)
        return None

    def try_mutant(self, mu):
        path = os.path.join(self.tree, mu['file'])
        original = open(path, encoding='utf-8').read()
        text, err = apply(mu, original)
        if err:
            return 'error', err, 0
        t0 = time.time()
        try:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            ok, out = self.build_all()
            if not ok:
                msg = '\n'.join(l for l in out.split('\n')
                                if 'error' in l)[:600]
                return 'error', 'does not compile: ' + msg, time.time() - t0
            for name, kind, go in self.steps(mu['unit']):
                new = go() - self.baseline[kind]
                if new:
                    return 'killed', f'{name}: ' + ', '.join(sorted(new)[:4]), \
                        time.time() - t0
            return 'survived', '', time.time() - t0
        finally:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(original)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mutants')
    ap.add_argument('--build', default=os.path.join(ROOT, 'build', 'mutate'))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--only', default='')
    ap.add_argument('--rev', default='',
                    help='mutate the tree of this commit, not the working '
                    'tree')
    ap.add_argument('--list', action='store_true',
                    help='check that every mutant applies, run nothing')
    args = ap.parse_args()

    mutants = parse_mutants(args.mutants)
    if args.only:
        want = set(args.only.split(','))
        mutants = [m for m in mutants if m['id'] in want]
    top = export_rev(args.rev, os.path.join(args.build, 'rev')) \
        if args.rev else ROOT
    # the tests that fail before any mutant, kept per commit tree (the
    # working tree changes under us: its baseline is never reused)
    saved = None
    if args.rev:
        tree = subprocess.run(['git', 'rev-parse', args.rev + '^{tree}'],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              check=True).stdout.strip()
        saved = os.path.join(args.build, f'baseline-{tree}.json')
    bad = 0
    for mu in mutants:
        _, err = apply(mu, open(os.path.join(top, mu['file']),
                                encoding='utf-8').read())
        if err:
            print(f'mutate: [{mu["id"]}] {err}')
            bad += 1
    if bad:
        return 1
    if args.list:
        units = {}
        for mu in mutants:
            units[mu['unit']] = units.get(mu['unit'], 0) + 1
        print('mutate: %d mutants apply (%s)' % (len(mutants), ', '.join(
            f'{u} {n}' for u, n in sorted(units.items()))))
        return 0

    live = [m for m in mutants if 'equivalent' not in m]
    jobs = max(1, min(args.jobs, len(live)))
    workers = [Worker(args.build, n) for n in range(jobs)]
    t0 = time.time()
    for w in workers:
        os.makedirs(w.tree, exist_ok=True)
        sync_tree(top, w.tree)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        errs = list(pool.map(lambda w: w.run_baseline(saved), workers))
    for e in errs:
        if e:
            print('mutate: ' + e)
            return 1
    b = workers[0].baseline
    if any(b.values()):
        print('mutate: failing before any mutant (not counted): ' +
              ', '.join(sorted(b['scen'] | b['unit'] | b['py'])))
    print(f'mutate: {len(live)} mutants on {jobs} workers, baseline '
          f'{time.time() - t0:.0f} s')

    # one queue for all workers, the units taken in turn, so that a run
    # cut short has covered every unit
    by_unit = {}
    for mu in live:
        by_unit.setdefault(mu['unit'], []).append(mu)
    order = []
    while any(by_unit.values()):
        for name in sorted(by_unit):
            if by_unit[name]:
                order.append(by_unit[name].pop(0))
    todo = queue.Queue()
    for mu in order:
        todo.put(mu)
    results = {}

    def drain(i):
        while True:
            try:
                mu = todo.get_nowait()
            except queue.Empty:
                return
            verdict, detail, secs = workers[i].try_mutant(mu)
            results[mu['id']] = (verdict, detail)
            print(f'  {verdict:8s} [{mu["id"]}] {detail} ({secs:.0f} s)',
                  flush=True)

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        list(pool.map(drain, range(jobs)))

    units = {}
    for mu in mutants:
        u = units.setdefault(mu['unit'], [0, 0, 0])
        if 'equivalent' in mu:
            u[2] += 1
        elif results[mu['id']][0] == 'killed':
            u[0] += 1
            u[1] += 1
        else:
            u[1] += 1
    print('mutate: per unit (killed/mutants, equivalent):')
    for name, (k, n, e) in sorted(units.items()):
        print(f'  {name:8s} {k:3d}/{n:<3d} {e:2d} equivalent')
    killed = sum(1 for v, _ in results.values() if v == 'killed')
    errors = [i for i, (v, _) in results.items() if v == 'error']
    survivors = [m for m in live if results[m['id']][0] == 'survived']
    equivalent = [m for m in mutants if 'equivalent' in m]
    print(f'mutate: {killed} of {len(live)} mutants killed '
          f'({100.0 * killed / max(1, len(live)):.1f}%), '
          f'{len(equivalent)} equivalent, {time.time() - t0:.0f} s')
    for m in survivors:
        print(f'  SURVIVOR [{m["id"]}] {m["file"]}: {m.get("in", "")}: '
              f'{m["why"]}')
    for m in equivalent:
        print(f'  equivalent [{m["id"]}]: {m["equivalent"]}')
    for i in errors:
        print(f'  ERROR [{i}] {results[i][1]}')
    return 1 if survivors or errors else 0


if __name__ == '__main__':
    sys.exit(main())
