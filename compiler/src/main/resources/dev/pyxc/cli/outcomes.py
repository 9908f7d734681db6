"""Records what a compiled module does, for `pyxc compare`: every doctest example's output and
exception, or what a driver script prints. The same text for a pyxc build and a Cython build of a
module means they behave the same on those examples.

Usage: outcomes.py MODULE_DIR MODULE_NAME [--driver SCRIPT]

Output, one line each: "## NAME" starts a docstring's examples, ">>> " and "... " give an
example's source, "| " a line it printed, "! " the exception it raised (type and message, as
the last line of a traceback shows it). Addresses are written as 0x? so runs compare.
"""
import contextlib
import doctest
import importlib
import io
import re
import sys
import traceback

ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def clean(text):
    return ADDRESS.sub("0x?", text)


def exception_line(e):
    return clean(traceback.format_exception_only(type(e), e)[-1].strip())


def emit(out, text):
    for line in clean(text).splitlines():
        out.append("| " + line)


def run_doctests(mod, out):
    tests = doctest.DocTestFinder().find(mod, mod.__name__)
    tests.sort(key=lambda t: t.name)
    # Cython also copies each function's docstring into __test__ ("f (line 3)"): run those once.
    own = {t.docstring for t in tests if ".__test__." not in t.name}
    for t in tests:
        if not t.examples or (".__test__." in t.name and t.docstring in own):
            continue
        out.append("## " + t.name)
        globs = dict(mod.__dict__)
        for ex in t.examples:
            lines = ex.source.rstrip("\n").split("\n")
            out.append(">>> " + lines[0])
            out.extend("... " + l for l in lines[1:])
            sink = io.StringIO()
            error = None
            try:
                code = compile(ex.source, "<doctest %s>" % t.name, "single")
                with contextlib.redirect_stdout(sink):
                    exec(code, globs)
            except BaseException as e:  # the outcome itself: recorded, compared
                error = e
            emit(out, sink.getvalue())
            if error is not None:
                out.append("! " + exception_line(error))
        globs.clear()


def run_driver(script, out):
    out.append("## driver " + script.rsplit("/", 1)[-1])
    sink = io.StringIO()
    error = None
    try:
        with open(script) as f:
            code = compile(f.read(), script, "exec")
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            exec(code, {"__name__": "__main__"})
    except BaseException as e:
        error = e
    emit(out, sink.getvalue())
    if error is not None:
        out.append("! " + exception_line(error))


def main():
    module_dir, name = sys.argv[1], sys.argv[2]
    sys.path.insert(0, module_dir)
    out = []
    if len(sys.argv) > 4 and sys.argv[3] == "--driver":
        # The driver imports the module itself (and may expect the import to fail).
        run_driver(sys.argv[4], out)
    else:
        try:
            mod = importlib.import_module(name)
        except BaseException as e:
            out.append("## import " + name)
            out.append("! " + exception_line(e))
        else:
            run_doctests(mod, out)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
