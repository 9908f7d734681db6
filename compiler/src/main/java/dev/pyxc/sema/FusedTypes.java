package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fused types as types: Cython's built-in ones, the fused types a type is made of, and a type
 * with members in their places (what a specialization of a fused function sees).
 */
public final class FusedTypes {
  private FusedTypes() {}

  private static final CType SHORT = new CType.CInt(CType.IntKind.SHORT);

  /** {@code cython.integral}, {@code cython.floating}, {@code cython.numeric}, with Cython's members in its order. */
  private static final Map<String, CType.Fused> BUILTIN = Map.of(
      "integral", new CType.Fused("integral", List.of(SHORT, CType.INT, CType.LONG)),
      "floating", new CType.Fused("floating", List.of(CType.FLOAT, CType.DOUBLE)),
      "numeric", new CType.Fused("numeric", List.of(SHORT, CType.INT, CType.LONG, CType.FLOAT, CType.DOUBLE,
          new CType.CComplex(CType.FLOAT), CType.DOUBLE_COMPLEX)));

  /** The built-in fused type {@code cython.NAME}, or null. */
  static CType.Fused builtin(String name) {
    return BUILTIN.get(name);
  }

  /**
   * {@code name = cython.fused_type(int, double)} at module level: the pure-Python spelling of a
   * {@code ctypedef fused} (its arguments are C type names), which the module then declares as
   * one; any other statement as it is.
   */
  static Stmt declaredInPureMode(Stmt s, CythonNames cythonNames, Diagnostics diags) {
    if (!(s instanceof Stmt.Assign a) || a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)
        || !(a.value() instanceof Expr.Call c) || !"cython.fused_type".equals(cythonNames.qualify(c.func()))) {
      return s;
    }
    List<TypeRef> members = new ArrayList<>();
    for (Expr.Arg arg : c.args()) {
      if (arg.keyword() != null || arg.stars() != 0) {
        diags.error(c.func().pos(), "fused_type does not take keyword arguments");
        return new Stmt.Pass(s.pos());
      }
      String dotted = dev.pyxc.ast.Exprs.dottedName(arg.value());
      if (dotted == null) {
        diags.error(arg.value().pos(), "Expected a type");
        return new Stmt.Pass(s.pos());
      }
      members.add(new TypeRef.Named(dotted, arg.value().pos()));
    }
    return new Stmt.FusedTypeDef(n.id(), List.copyOf(members), s.pos());
  }

  /** Whether a type is, or is made of, a fused type (a pointer to one, a view of one). */
  public static boolean contains(CType t) {
    Map<String, CType.Fused> out = new LinkedHashMap<>();
    collect(t, out);
    return !out.isEmpty();
  }

  /** The fused types {@code t} is made of, added to {@code out} by name in the order they appear. */
  static void collect(CType t, Map<String, CType.Fused> out) {
    if (t instanceof CType.Fused f) {
      out.putIfAbsent(f.name(), f);
    } else if (t instanceof CType.Pointer p) {
      collect(p.target(), out);
    } else if (t instanceof CType.Struct s && s.type().isCTuple()) {
      for (CType item : s.type().items()) collect(item, out);
    } else if (t instanceof CType.MemView v) {
      collect(v.dtype(), out);
    } else if (t instanceof CType.PyObject o && o.buffer() != null) {
      collect(o.buffer().dtype(), out);
    } else if (t instanceof CType.CArray a) {
      collect(a.elem(), out);
    } else if (t instanceof CType.CComplex z) {
      collect(z.real(), out);
    } else if (t instanceof CType.Function f) {
      collect(f.result(), out);
      for (CType p : f.params()) collect(p, out);
    }
  }

  /** {@code t} with each fused type that {@code bindings} names replaced by the member it binds. */
  static CType specialize(CType t, Map<String, CType> bindings) {
    if (bindings.isEmpty()) return t;
    if (t instanceof CType.Fused f) {
      CType member = bindings.get(f.name());
      return member != null ? member : t;
    } else if (t instanceof CType.Struct s && s.type().isCTuple()) {
      List<CType> items = s.type().items().stream().map(i -> specialize(i, bindings)).toList();
      return items.equals(s.type().items()) ? t : CTuples.of(items);
    } else if (t instanceof CType.Pointer p) {
      CType target = specialize(p.target(), bindings);
      return target == p.target() ? t : new CType.Pointer(target, p.constTarget());
    } else if (t instanceof CType.MemView v) {
      CType dtype = specialize(v.dtype(), bindings);
      return dtype == v.dtype() ? t : new CType.MemView(dtype, v.ndim(), v.packing(), v.isConst());
    } else if (t instanceof CType.PyObject o && o.buffer() != null) {
      CType.Buffer b = o.buffer();
      CType dtype = specialize(b.dtype(), bindings);
      return dtype == b.dtype() ? t
          : new CType.PyObject(o.builtin(), o.extType(), new CType.Buffer(dtype, null, b.ndim(), b.mode(), b.negativeIndices(), b.cast()));
    } else if (t instanceof CType.CArray a) {
      CType elem = specialize(a.elem(), bindings);
      return elem == a.elem() ? t : a.withElem(elem);
    } else if (t instanceof CType.Function f) {
      List<CType> params = new ArrayList<>();
      for (CType p : f.params()) params.add(specialize(p, bindings));
      return new CType.Function(specialize(f.result(), bindings), params, f.propagation(), f.errorValue(), f.except(), f.nogil(), f.argNames());
    }
    return t;
  }

  /** Every type {@code t} is in some specialization: {@code T **} of T = int|double is int ** and double **. */
  static List<CType> specializations(CType t) {
    Map<String, CType.Fused> used = new LinkedHashMap<>();
    collect(t, used);
    List<CType> out = new ArrayList<>(List.of(t));
    for (CType.Fused f : used.values()) {
      List<CType> next = new ArrayList<>();
      for (CType partial : out) for (CType m : f.members()) next.add(specialize(partial, Map.of(f.name(), m)));
      out = next;
    }
    return out;
  }

  /**
   * A fused type of these members (written as {@code names}) with fused members replaced by theirs
   * ({@code cython.fused_type(a_t, int)}), each once, in order.
   */
  static CType.Fused flattened(String name, List<CType> members, List<String> names) {
    List<CType> out = new ArrayList<>();
    List<String> outNames = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      CType m = members.get(i);
      List<CType> ones = m instanceof CType.Fused f ? f.members() : List.of(m);
      List<String> oneNames = m instanceof CType.Fused f ? f.memberNames() : List.of(names.get(i));
      for (int j = 0; j < ones.size(); j++) {
        // (a member of a fused member already there is dropped; a const one written as such is kept)
        if (out.contains(ones.get(j)) && !oneNames.get(j).startsWith("const ")) continue;
        out.add(ones.get(j));
        outNames.add(oneNames.get(j));
      }
    }
    return new CType.Fused(name, List.copyOf(out), List.copyOf(outNames));
  }

  /**
   * The indices of a fused type's members in the order a call from Python tries them: Cython's
   * sort of them (Python's stable sort, with Cython's "less than": a number before anything else,
   * and of two numbers the one of higher rank when it is not less signed), which prefers
   * {@code long} to {@code int} and keeps the written order among equals.
   */
  public static List<Integer> preferredOrder(List<CType> members) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) order.add(i);
    java.util.function.BiPredicate<Integer, Integer> lt = (a, b) -> lessThan(members.get(a), members.get(b));
    // CPython's list.sort on so few items: the leading run (reversed if strictly descending), then binary insertion.
    int n = order.size();
    if (n < 2) return order;
    int run = 2;
    if (lt.test(order.get(1), order.get(0))) {
      while (run < n && lt.test(order.get(run), order.get(run - 1))) run++;
      java.util.Collections.reverse(order.subList(0, run));
    } else {
      while (run < n && !lt.test(order.get(run), order.get(run - 1))) run++;
    }
    for (int start = run; start < n; start++) {
      Integer pivot = order.get(start);
      int l = 0;
      int r = start;
      while (l < r) {
        int p = (l + r) >>> 1;
        if (lt.test(pivot, order.get(p))) r = p;
        else l = p + 1;
      }
      order.remove(start);
      order.add(l, pivot);
    }
    return order;
  }

  private static boolean lessThan(CType a, CType b) {
    if (!isNumber(a)) return false;
    if (!isNumber(b)) return true;
    return rank(a) > rank(b) && signedness(a) >= signedness(b);
  }

  private static boolean isNumber(CType t) {
    return Types.isCNumeric(t) || t instanceof CType.CComplex;
  }

  /** Cython's rank: char 0, short 1, int 2, long 3, long long 4, float 5, double 6, long double 7; the size types between long and long long, a complex half above its part. */
  static double rank(CType t) {
    if (t instanceof CType.BInt) return 2;
    if (t instanceof CType.CComplex z) return rank(z.real()) + 0.5;
    if (t instanceof CType.CFloat f) return 5 + f.kind().ordinal();
    if (!(t instanceof CType.CInt i)) return 0;
    return switch (i.kind()) {
      case CHAR, SCHAR, UCHAR -> 0;
      case SHORT, USHORT -> 1;
      case INT, UINT -> 2;
      case LONG, ULONG -> 3;
      case LONGLONG, ULONGLONG -> 4;
      case SSIZE_T, SIZE_T, HASH_T -> 3.5;
      case PTRDIFF_T -> 3.75;
      case UCS4, UNICODE -> 2.5;
    };
  }

  /** Cython's signedness: 0 unsigned, 1 signed, 2 explicitly {@code signed char}. */
  private static int signedness(CType t) {
    if (t instanceof CType.CInt i) return i.kind() == CType.IntKind.SCHAR ? 2 : i.kind().signed ? 1 : 0;
    return t instanceof CType.BInt ? 0 : 1;
  }
}
