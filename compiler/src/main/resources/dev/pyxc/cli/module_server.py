"""Runs pyxc's per-module scripts (doctest_runner.py, outcomes.py) in forked children of one
interpreter that has started once, instead of one fresh interpreter per module.

Usage: module_server.py, then one request per line on standard input, tab-separated:
SCRIPT OUTPUT_FILE WORKING_DIR ARG... where SCRIPT names a script beside this one
("doctest_runner" or "outcomes"). For each request a child is forked; it writes its standard
output and error to OUTPUT_FILE, runs the script's main() with ARG... as its arguments and exits
with main()'s status. The server answers with one line: the child's exit status, or 128 + the
signal that ended it (as a shell reports it).

Why: an interpreter started under AddressSanitizer (every allocation a malloc it tracks) takes
about 0.3 s to start and import doctest, longer than most test modules take to run; a debug
interpreter about 0.15 s. A child starts from the server's state (the scripts and doctest
imported, nothing of any module under test), so each run is as independent as a fresh process.
"""
import importlib.util
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    spec = importlib.util.spec_from_file_location("pyxc_" + name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def child(script, output, cwd, args):
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    os.chdir(cwd)
    sys.argv = [os.path.join(HERE, script + ".py")] + args
    try:
        status = load(script).main() or 0
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def main():
    # What the scripts import, imported once here rather than in every child.
    import contextlib, doctest, gc, importlib, io, re, types  # noqa: F401
    for line in sys.stdin:
        script, output, cwd, *args = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            child(script, output, cwd, args)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        print(code if code >= 0 else 128 - code, flush=True)


if __name__ == "__main__":
    main()
