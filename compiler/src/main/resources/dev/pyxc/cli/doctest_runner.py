"""Runs the doctests of one compiled pyxc module; with --refcheck also checks reference counts.

Usage: doctest_runner.py MODULE_DIR MODULE_NAME [--refcheck]

--refcheck needs a debug interpreter (sys.gettotalrefcount). Each docstring's examples are run
repeatedly after a warm-up; a leak (or an over-release) shows as a total that moves in the same
direction in every round.
"""
import contextlib
import doctest
import gc
import importlib
import io
import re
import sys
import types


def run_doctests(mod):
    runner_out = io.StringIO()
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS, verbose=False)
    tests = finder.find(mod, mod.__name__)
    tests.sort(key=lambda t: t.name)
    for t in tests:
        runner.run(t, out=runner_out.write)
    result = runner.summarize(verbose=False)
    sys.stdout.write(runner_out.getvalue())
    return result.failed, result.attempted, tests


def refcheck(mod, tests, small=10, large=30):
    """Tests whose examples change the total reference count in proportion to how often they run.

    The harness itself moves the total by a constant amount per measurement; running the same
    examples `small` and then `large` times and comparing cancels that. A leak of one reference
    per run moves the difference by large - small; it must show in both of two repetitions.
    """
    # Everything alive now (the interpreter, the module, doctest) is moved out of the collector's
    # sight: each measurement's collection then walks only what the examples made, a hundredth of
    # the heap, and finds the same garbage (the examples' cycles are all younger than the freeze).
    gc.collect()
    gc.freeze()
    try:
        return _leaking_tests(mod, tests, small, large)
    finally:
        gc.unfreeze()


def _leaking_tests(mod, tests, small, large):
    leaks = []
    # The module's own names for numpy (`import numpy as np` at module level) count as using it too.
    numpy_names = [name for name, value in vars(mod).items()
                   if isinstance(value, types.ModuleType) and value.__name__.split(".")[0] == "numpy"]
    for t in tests:
        if any("numpy" in ex.source or any(re.search(r"\b%s\b" % re.escape(n), ex.source) for n in numpy_names)
               for ex in t.examples):
            # numpy (Debian's 1.24 under python3-dbg) moves the total itself: creating one
            # array adds about 9 references that are never given back. Such examples check the
            # exporter's own sys.getrefcount instead; the total cannot tell us anything here.
            print(f"{t.name}: uses numpy, total reference count not checked")
            continue
        codes = []
        for ex in t.examples:
            codes.append((compile(ex.source, t.name, "exec"), ex.exc_msg is not None))
        # doctest clears a test's globals after running it; start again from the module's.
        base = mod.__dict__

        def once():
            globs = dict(base)
            sink = io.StringIO()
            with contextlib.redirect_stdout(sink):
                for code, expects_error in codes:
                    try:
                        exec(code, globs)
                    except BaseException as e:
                        if not expects_error:
                            raise RuntimeError(f"{t.name}: example raised {e!r} during the refcount check") from e
            globs.clear()

        def measure(n):
            gc.collect()
            before = sys.gettotalrefcount()
            for _ in range(n):
                once()
            gc.collect()
            return sys.gettotalrefcount() - before

        for _ in range(3):
            once()
        slopes = []
        for _ in range(2):
            a = measure(small)
            b = measure(large)
            slopes.append(b - a)
        if all(d > 0 for d in slopes) or all(d < 0 for d in slopes):
            leaks.append((t.name, slopes))
    return leaks


def live_buffers(mod):
    """How many buffers the module's views hold now (None without tracking).

    `pyxc test` builds define PYXC_TRACK_OWNERS, so a module with views counts the buffers it
    has acquired and not yet released.
    """
    live = getattr(mod, "_pyxc_live_buffers", None)
    if live is None:
        return None
    gc.collect()
    return live()


def buffers_left(mod, at_import=0):
    """Whether views still hold buffers after the doctests, whose globals are gone by now.

    What the module acquired at import and keeps (a view parameter's default, acquired once where
    its def runs, as Cython does) is not the doctests'; what they released of it is no leak.
    """
    n = live_buffers(mod)
    if n is None:
        return False
    n -= at_import
    if n > 0:
        print(f"{mod.__name__}: {n} buffer acquisition(s) left behind after the doctests")
    return n > 0


def main():
    directory, name = sys.argv[1], sys.argv[2]
    check_refs = "--refcheck" in sys.argv[3:]
    sys.path.insert(0, directory)
    mod = importlib.import_module(name)
    at_import = live_buffers(mod) or 0
    failed, attempted, tests = run_doctests(mod)
    if attempted == 0:
        print(f"{name}: no doctests found")
        return 1
    status = 0
    if failed:
        print(f"{name}: {failed} of {attempted} doctest examples failed")
        status = 1
    if buffers_left(mod, at_import):
        status = 1
    if check_refs:
        if not hasattr(sys, "gettotalrefcount"):
            print("--refcheck needs a debug interpreter (python3-dbg)")
            return 2
        leaks = refcheck(mod, tests)
        for test_name, deltas in leaks:
            print(f"{test_name}: reference count grew by {deltas} between 10 and 30 runs (a leak per call)")
        if leaks or buffers_left(mod, at_import):
            status = 1
    if status == 0:
        print(f"{name}: {attempted} doctest examples passed" + (", reference counts balanced" if check_refs else ""))
    return status


if __name__ == "__main__":
    sys.exit(main())
