package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.TypeRef;

/**
 * Calls of Cython's compile-time functions, each the spelling of an expression pyxc already
 * has: {@code cython.address(x)} is {@code &x}, {@code cython.sizeof(T)} is {@code sizeof(T)},
 * {@code cython.cast(T, x)} is {@code <T>x} ({@code typecheck=True}: {@code <T?>x}), and
 * {@code cython.typeof(x)} the string naming x's type (x is not evaluated, as in Cython),
 * {@code cython.cdiv(a, b)} and {@code cython.cmod(a, b)} are {@code a / b} and {@code a % b}
 * computed as C does, {@code cython.operator.dereference(p)} is {@code p[0]} and its increments
 * and decrements of a variable assignment expressions.
 */
final class CythonCalls {
  private CythonCalls() {}

  /** The expression a call of a Cython function stands for, or null when {@code c} is none of them. */
  static Expr equivalent(Expr.Call c, CythonNames names, FunctionChecker fn) {
    String q = names.qualify(c.func());
    if (q == null || c.args().stream().anyMatch(Expr.Arg::starred)) return null;
    int n = c.args().size();
    switch (q) {
      case "cython.address" -> {
        return n == 1 && c.args().get(0).keyword() == null ? new Expr.AddressOf(c.args().get(0).value(), c.pos()) : null;
      }
      case "cython.sizeof" -> {
        if (n != 1 || c.args().get(0).keyword() != null) return null;
        Expr a = c.args().get(0).value();
        TypeRef t = typeRef(a, names);
        return t != null ? new Expr.SizeOf(t, null, c.pos()) : new Expr.SizeOf(null, a, c.pos());
      }
      case "cython.cast" -> {
        if (n < 2 || c.args().get(0).keyword() != null || c.args().get(1).keyword() != null) return null;
        TypeRef t = typeRef(c.args().get(0).value(), names);
        if (t == null) return null;
        boolean checked = c.args().stream().anyMatch(a -> "typecheck".equals(a.keyword()) && a.value() instanceof Expr.BoolLit b && b.value());
        return new Expr.Cast(t, checked, c.args().get(1).value(), c.pos());
      }
      case "cython.cdiv", "cython.cmod" -> {
        // `/` and `%` with C semantics whatever the cdivision directive (CallLowering lowers them so).
        if (n != 2 || c.args().stream().anyMatch(a -> a.keyword() != null)) {
          fn.report(c.func().pos(), q.substring("cython.".length()) + "() takes exactly two arguments");
          return null;
        }
        return new Expr.BinOp(q.endsWith("cdiv") ? dev.pyxc.ast.BinaryOp.DIV : dev.pyxc.ast.BinaryOp.MOD, c.args().get(0).value(),
            c.args().get(1).value(), c.func().pos());
      }
      case "cython.operator.dereference" -> {
        return n == 1 && c.args().get(0).keyword() == null
            ? new Expr.Subscript(c.args().get(0).value(), new Expr.IntLit("0", java.math.BigInteger.ZERO, c.pos()), c.pos()) : null;
      }
      case "cython.operator.address" -> {
        return n == 1 && c.args().get(0).keyword() == null ? new Expr.AddressOf(c.args().get(0).value(), c.pos()) : null;
      }
      case "cython.operator.preincrement", "cython.operator.predecrement", "cython.operator.postincrement",
          "cython.operator.postdecrement" -> {
        if (n != 1 || c.args().get(0).keyword() != null) return null;
        if (c.args().get(0).value() instanceof Expr.Name v) return step(v, fn.type(v), q, c.pos());
        fn.report(c.args().get(0).value().pos(), q + " of anything but a variable is not supported by pyxc");
        return c.args().get(0).value(); // (checked on as the operand alone)
      }
      case "cython.set", "cython.staticmethod" -> {
        // The builtin, as Cython calls it (cython.frozenset is one only as a value: Cython's error below).
        return new Expr.Call(new Expr.Name(q.substring("cython.".length()), c.func().pos()), c.args(), c.pos());
      }
      case "cython.frozenset" -> {
        fn.report(c.func().pos(), "'frozenset' not a valid cython language construct");
        return new Expr.Call(new Expr.Name("frozenset", c.func().pos()), c.args(), c.pos());
      }
      case "cython.parallel.threadid" -> {
        return n == 0 ? new Expr.ThreadId(c.pos()) : null;
      }
      case "cython.typeof" -> {
        if (n != 1 || c.args().get(0).keyword() != null) return null;
        Expr x = c.args().get(0).value();
        CType t = fn.type(x);
        CType declared = x instanceof Expr.Name v && fn.symbols.containsKey(v.id()) ? fn.symbols.get(v.id()).type() : null;
        if (Types.bufferOf(declared) != null) return new Expr.StrLit(BufferTypes.typeofName((CType.PyObject) declared), c.pos());
        // A cdef function's name is its function type there (its value elsewhere is a pointer to it).
        if (x instanceof Expr.Name v && declared == null && !fn.globals.contains(v.id()) && fn.module.cfunctions.containsKey(v.id())
            && t instanceof CType.Pointer p && p.target() instanceof CType.Function f) {
          return new Expr.StrLit(f.name(), c.pos());
        }
        if (t == null) return null;
        String typedef = x instanceof Expr.Name v && fn.writtenTypes.containsKey(v.id()) ? typedefSpelling(fn, fn.writtenTypes.get(v.id()), t)
            : x instanceof Expr.Attribute a && attribute(fn, a) != null ? typedefSpelling(fn, attribute(fn, a).written(), t) : null;
        if (typedef != null) return new Expr.StrLit(typedef, c.pos());
        if (t instanceof CType.PyObject o && o.isExtType() && o.buffer() == null) {
          // (a cimported extension type by its class's name, as Cython names it: its module's fused signatures do too)
          return new Expr.StrLit(o.extType().substring(o.extType().lastIndexOf('.') + 1), c.pos());
        }
        // (a const variable's value, or what a pointer to const or a const view holds, is named const as Cython names it)
        boolean constant = !(t instanceof CType.Pointer) && (x instanceof Expr.Name v && fn.constLocals.contains(v.id())
            || x instanceof Expr.Subscript s && (fn.types.get(s.obj()) instanceof CType.Pointer p && p.constTarget()
                || fn.types.get(s.obj()) instanceof CType.MemView mv && mv.isConst() && !(t instanceof CType.MemView)));
        return new Expr.StrLit((constant ? "const " : "") + t.name(), c.pos());
      }
      default -> {
        return null;
      }
    }
  }

  /** The C attribute of an extension type that {@code a} reads, or null. */
  private static ClassInfo.Field attribute(FunctionChecker fn, Expr.Attribute a) {
    ClassInfo cls = fn.module.classOf(fn.types.get(a.obj()));
    return cls == null ? null : cls.field(a.name());
  }

  /**
   * How cython.typeof names a variable declared as {@code written} whose type is {@code t}: by the
   * ctypedef's name where it names one (a fused type's member by its name in a specialization),
   * through pointers and arrays; null where the type's own name is Cython's.
   */
  static String typedefSpelling(FunctionChecker fn, dev.pyxc.ast.TypeRef written, CType t) {
    if (written instanceof dev.pyxc.ast.TypeRef.Named n) {
      CType named = fn.module.types.names.get(n.name());
      if (named instanceof CType.Fused f) {
        int member = f.members().indexOf(t);
        String memberName = member < 0 ? null : f.memberNames().get(member);
        return memberName != null && (fn.module.types.cythonSpellings.containsKey(memberName) || fn.module.types.names.containsKey(memberName))
            ? memberName : null;
      }
      return fn.module.types.cythonSpellings.containsKey(n.name()) || fn.module.types.enumNames.contains(n.name()) ? n.name() : null;
    }
    if (written instanceof dev.pyxc.ast.TypeRef.Pointer p && t instanceof CType.Pointer pt) {
      String target = typedefSpelling(fn, p.target(), pt.target());
      return target == null ? null : target + " *";
    }
    if (written instanceof dev.pyxc.ast.TypeRef.Array a && t instanceof CType.CArray at) {
      String elem = typedefSpelling(fn, a.elem(), at.elem());
      return elem == null ? null : elem + " [" + at.size() + "]";
    }
    return null;
  }

  /**
   * C's {@code ++x}, {@code x++}, {@code --x}, {@code x--} of a variable: {@code (x := x + 1)},
   * and for the postfix forms that value less the step (the value before, as C gives it).
   */
  private static Expr step(Expr.Name v, CType type, String q, dev.pyxc.diag.Pos pos) {
    boolean up = q.endsWith("increment");
    Expr one = new Expr.IntLit("1", java.math.BigInteger.ONE, pos);
    Expr changed = new Expr.NamedExpr(v, new Expr.BinOp(up ? dev.pyxc.ast.BinaryOp.ADD : dev.pyxc.ast.BinaryOp.SUB, v, one, pos), pos);
    if (q.startsWith("cython.operator.pre")) return changed;
    Expr old = new Expr.BinOp(up ? dev.pyxc.ast.BinaryOp.SUB : dev.pyxc.ast.BinaryOp.ADD, changed, one, pos);
    // In the variable's type, as C's x++ is (an unsigned char's 0 - 1 + 1 is no int 256).
    TypeRef t = typeRefOf(type, pos);
    return t == null ? old : new Expr.Cast(t, false, old, pos);
  }

  /** A written type naming {@code t} (a C number, or a pointer to one), or null. */
  private static TypeRef typeRefOf(CType t, dev.pyxc.diag.Pos pos) {
    if (t instanceof CType.CInt i && i.cpdefEnum() == null && Types.named(i.kind().cName) != null) return new TypeRef.Named(i.kind().cName, pos);
    if (t instanceof CType.CFloat f) return new TypeRef.Named(f.name(), pos);
    if (t instanceof CType.Pointer p) {
      TypeRef target = typeRefOf(p.target(), pos);
      return target == null ? null : new TypeRef.Pointer(target, pos);
    }
    return null;
  }

  /** A type named by an expression: {@code T}, {@code cython.int}, {@code cython.double}, an extension type or a C type's name. */
  private static TypeRef typeRef(Expr e, CythonNames names) {
    String q = names.qualify(e);
    if (q != null && q.startsWith("cython.") && Types.named(q.substring("cython.".length())) != null) {
      return new TypeRef.Named(q.substring("cython.".length()), e.pos());
    }
    if (e instanceof Expr.Name n && q == null) return new TypeRef.Named(n.id(), e.pos());
    return null;
  }
}
