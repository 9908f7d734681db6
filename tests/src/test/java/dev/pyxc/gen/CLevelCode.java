package dev.pyxc.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * C-level pieces for a generated program: local and module-level C arrays read and written
 * through pointers (walked with {@code p + i} and {@code p[i]}), structs built by literals and
 * changed through a pointer to them, and a {@code malloc}'d buffer freed in a {@code finally}.
 * The reference keeps the same data in lists and dicts.
 *
 * <p>Programs stay memory-safe by construction: every index is a loop counter below the array's
 * length or a constant inside it, every pointer points into an array of the function or the
 * module, and the buffer is freed on every way out. Values stay small integers and halves, so C
 * and Python arithmetic agree exactly.
 */
final class CLevelCode {
  private final SplittableRandom rnd;
  private final StringBuilder pyx = new StringBuilder();
  private final StringBuilder py = new StringBuilder();
  private final List<GeneratedProgram.Call> calls = new ArrayList<>();

  private CLevelCode(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  static ClassCode.Part generate(SplittableRandom rnd) {
    CLevelCode c = new CLevelCode(rnd);
    c.pyx.append("from libc.stdlib cimport malloc, free\n\n");
    int n = rnd.nextInt(1, 4);
    for (int k = 0; k < n; k++) {
      switch (rnd.nextInt(4)) {
        case 0 -> c.localArray(k);
        case 1 -> c.struct(k);
        case 2 -> c.moduleArray(k);
        default -> c.scratch(k);
      }
    }
    return new ClassCode.Part(c.pyx.toString(), c.py.toString(), c.calls);
  }

  private void both(int depth, String text) {
    typed(depth, text, text);
  }

  private void typed(int depth, String inPyx, String inPy) {
    if (inPyx != null) pyx.append("    ".repeat(depth)).append(inPyx).append('\n');
    if (inPy != null) py.append("    ".repeat(depth)).append(inPy).append('\n');
  }

  private int small(int lo, int hi) {
    return rnd.nextInt(lo, hi + 1);
  }

  private void call(String fn, String... args) {
    String a = args.length == 0 ? "" : ", " + String.join(", ", args);
    calls.add(new GeneratedProgram.Call("pass", "call(" + fn + a + ")"));
  }

  /** An int expression of the counter {@code i} and the argument {@code n}, small in magnitude. */
  private String valueOf(String i) {
    return switch (rnd.nextInt(4)) {
      case 0 -> i + " * " + small(-3, 3) + " + n";
      case 1 -> "(" + i + " % 3) - n";
      case 2 -> i + " * " + i + " - " + small(0, 5);
      default -> "n - " + i;
    };
  }

  /** A local array filled in a loop, summed through a pointer to it, written through it, returned as a list. */
  private void localArray(int k) {
    int len = small(2, 6);
    String fn = "cl" + k + "_array";
    typed(0, "def " + fn + "(long n):", "def " + fn + "(n):");
    typed(1, "cdef long a[" + len + "]", "a = [0] * " + len);
    typed(1, "cdef long i, s = 0", "s = 0");
    typed(1, "cdef long *p = a", null);
    both(1, "for i in range(" + len + "):");
    both(2, "a[i] = " + valueOf("i"));
    int m = small(1, 3);
    both(1, "for i in range(" + len + "):");
    typed(2, "s += (p + i)[0] * " + m, "s += a[i] * " + m);
    int at = small(0, len - 1);
    typed(1, "p[" + at + "] = s", "a[" + at + "] = s");
    typed(1, "return s, a", "return s, list(a)");
    both(0, "");
    call(fn, Integer.toString(small(-4, 6)));
  }

  /** A struct made by a literal, changed through a pointer to it and by a field of it, returned as a dict. */
  private void struct(int k) {
    String s = "CS" + k;
    String fn = "cl" + k + "_struct";
    typed(0, "cdef struct " + s + ":", null);
    typed(1, "long x", null);
    typed(1, "double y", null);
    typed(1, "long v[3]", null);
    typed(0, "", null);
    typed(0, "def " + fn + "(long n):", "def " + fn + "(n):");
    int a = small(-3, 3);
    String half = small(-4, 4) + ".5";
    // Every field given (Cython leaves the others uninitialised); the array's elements one by one
    // (Cython 0.29's C for an array in a struct literal does not compile).
    typed(1, "cdef " + s + " r = " + s + "(n, " + half + ")", "r = {'x': n, 'y': " + half + ", 'v': [0, 0, 0]}");
    typed(1, "r.v[0] = n", "r['v'][0] = n");
    typed(1, "r.v[1] = " + a, "r['v'][1] = " + a);
    typed(1, "r.v[2] = 0", "r['v'][2] = 0");
    typed(1, "cdef " + s + " *q = &r", null);
    int add = small(-3, 3);
    typed(1, "q.x += " + add, "r['x'] += " + add);
    typed(1, "q.v[2] = q.x * 2", "r['v'][2] = r['x'] * 2");
    typed(1, "r.y = r.y * 2 + q.v[1]", "r['y'] = r['y'] * 2 + r['v'][1]");
    typed(1, "cdef " + s + " copy = r", "copy = {'x': r['x'], 'y': r['y'], 'v': list(r['v'])}");
    typed(1, "copy.x = 0", "copy['x'] = 0");
    both(1, "return r, copy");
    both(0, "");
    call(fn, Integer.toString(small(-4, 6)));
  }

  /** A module-level array that functions fill and read (a C static of the module). */
  private void moduleArray(int k) {
    int len = small(2, 5);
    String g = "cg" + k;
    String fn = "cl" + k + "_module";
    typed(0, "cdef long " + g + "[" + len + "]", g + " = [0] * " + len);
    typed(0, "def " + fn + "(long n):", "def " + fn + "(n):");
    typed(1, "cdef long i", null);
    both(1, "for i in range(" + len + "):");
    both(2, g + "[i] += " + valueOf("i"));
    typed(1, "return " + g + ", sizeof(" + g + ") // sizeof(" + g + "[0])", "return list(" + g + "), " + len);
    both(0, "");
    call(fn, Integer.toString(small(-4, 6)));
    call(fn, Integer.toString(small(-4, 6)));
  }

  /** A malloc'd buffer of doubles, filled, summed through pointers, freed in a finally. */
  private void scratch(int k) {
    int len = small(1, 6);
    String fn = "cl" + k + "_scratch";
    typed(0, "def " + fn + "(long n):", "def " + fn + "(n):");
    typed(1, "cdef double *buf = <double *>malloc(" + len + " * sizeof(double))", "buf = [0.0] * " + len);
    typed(1, "if not buf:", null);
    typed(2, "raise MemoryError()", null);
    typed(1, "cdef double total = 0", "total = 0.0");
    typed(1, "cdef double *end = buf + " + len, null);
    both(1, "try:");
    typed(2, "for i in range(" + len + "):", "for i in range(" + len + "):");
    both(3, "buf[i] = (" + valueOf("i") + ") * 0.5");
    typed(2, "while end != buf:", "for x in reversed(buf):");
    typed(3, "end -= 1", null);
    typed(3, "total += end[0]", "total += x");
    both(2, "return total, buf[0]");
    both(1, "finally:");
    typed(2, "free(buf)", "pass");
    both(0, "");
    call(fn, Integer.toString(small(-4, 6)));
  }
}
