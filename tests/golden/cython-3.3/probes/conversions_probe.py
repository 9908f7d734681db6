# module: tests/golden/cython-3.3/probes/conversions.pyx
# Every C scalar parameter kind with in-range, out-of-range and wrong-type arguments; the
# expected output was recorded from a Cython 3.3.0 build of the same module.
import conversions as m

class WithIndex:
    def __index__(self):
        return 5

class WithInt:
    def __int__(self):
        return 7

values = [0, -1, 127, 128, -129, 255, 256, 32768, 2**31, -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64,
          True, 1.9, -1.9, "3", None, WithIndex(), WithInt(), 1e300]
for name in sorted(n for n in dir(m) if n.startswith("f_")):
    for v in values:
        label = f"{name}({type(v).__name__ if isinstance(v, (WithIndex, WithInt)) else repr(v)})"
        try:
            print(label, "->", repr(getattr(m, name)(v)))
        except Exception as e:
            print(label, "!!", type(e).__name__ + ":", e)
