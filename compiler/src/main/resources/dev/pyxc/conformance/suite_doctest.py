"""Runs one Cython test module the way Cython's runtests.py does, and prints one verdict line.

Usage: suite_doctest.py MODULE_DIR MODULE_NAME

runtests.py collects doctest.DocTestSuite(module) (the module docstring and every docstring
doctest can find, default option flags) and, for a module named test_*, its unittest cases too.
The last line printed is the verdict: "PASS n" (n examples and tests run) or "FAIL <first
difference>", one line, so the caller can read it without parsing doctest's report.
"""
import doctest
import io
import sys
import unittest


def one_line(text, limit=300):
    text = " ".join(text.strip().split())
    return text if len(text) <= limit else text[:limit] + "..."


class FirstFailure(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.first = None

    def _note(self, test, err):
        if self.first is None:
            exc = err[1]
            if isinstance(exc, AssertionError) or isinstance(exc, doctest.DocTestFailure):
                self.first = (test, str(exc))
            else:
                self.first = (test, f"{type(exc).__name__}: {exc}")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._note(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._note(test, err)


def first_difference(test, report):
    """The differing example of a doctest failure: its source, what was expected, what came."""
    # A failing DocTestCase reports every failed example of its docstring, separated by rows of
    # dashes (DocTestCase sets that divider); the first block is the first difference.
    blocks = [b for b in report.split("-" * 70) if "Failed example:" in b]
    lines = (blocks[0] if blocks else report).splitlines()
    example = expected = got = None
    for i, line in enumerate(lines):
        if line.startswith("Failed example:") and example is None:
            example = lines[i + 1].strip() if i + 1 < len(lines) else ""
        elif line.startswith("Expected:") and expected is None:
            block = []
            for l in lines[i + 1:]:
                if not l.startswith("    "):
                    break
                block.append(l)
            expected = one_line("\n".join(block), 120)
        elif line.startswith("Got") or line.startswith("Exception raised:"):
            rest = [l.strip() for l in lines[i + 1:] if l.strip()]
            if line.startswith("Exception raised:"):
                got = one_line(rest[-1] if rest else "", 160)
            else:
                got = one_line(rest[-1] if rest and rest[0].startswith("Traceback") else " ".join(rest[:3]), 160)
            break
    name = getattr(test, "_dt_test", None)
    where = name.name if name is not None else str(test)
    if example is None:
        return one_line(f"{where}: {report}")
    return one_line(f"{where}: {example} expected {expected or '(nothing)'} got {got or '(nothing)'}")


def main():
    directory, name = sys.argv[1], sys.argv[2]
    sys.path.insert(0, directory)
    try:
        module = __import__(name)
    except BaseException as e:  # the import itself is the behaviour under test
        print(f"FAIL import raised {type(e).__name__}: {one_line(str(e), 200)}")
        return 1
    suite = unittest.TestSuite()
    suite.addTests(doctest.DocTestSuite(module))
    if name.startswith("test_"):
        suite.addTests(unittest.defaultTestLoader.loadTestsFromModule(module))
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, resultclass=FirstFailure, verbosity=0)
    result = runner.run(suite)
    # Cython's TimedTest writes timings to stderr without a newline: the verdict starts a line of its own.
    sys.stderr.flush()
    print()
    if result.first is not None:
        test, report = result.first
        print(f"FAIL {first_difference(test, report)}")
        return 1
    print(f"PASS {result.testsRun}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
