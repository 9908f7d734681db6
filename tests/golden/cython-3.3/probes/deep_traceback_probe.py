# module: tests/cases/run/cdef/deep_traceback.pyx
# The traceback of an exception raised three cdef levels deep inside a view loop: file, line
# and function of every frame, recorded from a Cython 3.3.0 build of the same module.
import array
import traceback
import deep_traceback as m

for values in ([5.0, 2.0], [5.0, 0.5], [-3.0]):
    try:
        print(values, "->", m.run(array.array('d', values)))
    except ValueError as e:
        print(values, "!!", type(e).__name__ + ":", e)
        for f in traceback.extract_tb(e.__traceback__)[1:]:
            print("   ", f.filename.rsplit("/", 1)[-1], f.lineno, f.name)
