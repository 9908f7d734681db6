# module: tests/golden/cython-3.3/probes/init_error.pyx
# Importing a module whose top-level code raises: the exception and the traceback's compiled
# frame, recorded from a Cython 3.3.0 build of the same module.
import traceback

try:
    import init_error
    print("imported")
except KeyError as e:
    print("KeyError:", e)
    for f in traceback.extract_tb(e.__traceback__)[1:]:
        print("   ", f.filename.rsplit("/", 1)[-1], f.lineno, f.name)
