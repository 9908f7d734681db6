package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.TypeRef;
import java.util.Set;

/**
 * Type annotations as Cython 3 reads them (the {@code annotation_typing} directive, on by default):
 * {@code cython.int}, {@code cython.double}, ... and a string naming a C type are C types;
 * {@code float} is a C double and {@code bool} a bint; a builtin container or string type is that
 * type, None refused unless the annotation is {@code Optional[T]}; {@code int} is a Python int
 * (an object here). Anything else is only an annotation (an object variable).
 */
final class Annotations {
  private Annotations() {}

  /** What an annotation declares: the type, and whether None is allowed. */
  record Typed(TypeRef type, boolean orNone) {}

  private static final Set<String> BUILTINS = Set.of("list", "dict", "tuple", "set", "frozenset", "str", "bytes", "bytearray", "type", "range");
  private static final Set<String> C_TYPES = Set.of("char", "short", "int", "long", "longlong", "float", "double", "bint", "Py_ssize_t",
      "size_t", "Py_hash_t", "ptrdiff_t", "Py_UCS4", "Py_UNICODE", "schar", "uchar", "ushort", "uint", "ulong", "ulonglong", "void",
      "sshort", "sint", "slong", "slonglong", "longdouble", "floatcomplex", "doublecomplex", "longdoublecomplex");

  /** Whether an annotation of this name is a builtin type (which refuses None unless Optional). */
  static boolean isBuiltin(String name) {
    return BUILTINS.contains(name);
  }

  /**
   * A def parameter's annotation: as {@link #of}, and a class name besides ({@code x: MyExtType},
   * {@code Optional[MyExtType]}, {@code MyExtType | None}), which sema makes the extension type
   * of that name if there is one.
   */
  static Typed ofParameter(Expr annotation) {
    Expr inner = optionalOf(annotation);
    Typed typed = of(inner != null ? inner : annotation);
    if (typed == null && (inner != null ? inner : annotation) instanceof Expr.Name n) {
      typed = new Typed(new TypeRef.ClassAnnotation(n.id(), n.pos()), false);
    } else if (typed == null && (inner != null ? inner : annotation) instanceof Expr.StrLit str
        && str.value().strip().matches("[A-Za-z_]\\w*")) {
      // `x: "ExtType"`: a forward reference, read as the name it holds.
      typed = new Typed(new TypeRef.ClassAnnotation(str.value().strip(), str.pos()), false);
    }
    if (inner == null || typed == null) return typed;
    return typed.type() instanceof TypeRef.ClassAnnotation || typed.type() instanceof TypeRef.MemoryView
        || typed.type() instanceof TypeRef.Named nm && BUILTINS.contains(nm.name()) ? new Typed(typed.type(), true) : null;
  }

  /** The declared type, or null for an annotation that declares none. */
  static Typed of(Expr annotation) {
    Expr optional = optionalOf(annotation);
    if (optional != null) {
      Typed inner = of(optional);
      return inner == null || !(inner.type() instanceof TypeRef.Named nm) || !BUILTINS.contains(nm.name()) ? null
          : new Typed(inner.type(), true);
    }
    if (annotation instanceof Expr.Attribute a && a.obj() instanceof Expr.Name m && m.id().equals("cython")) {
      String name = a.name();
      if (name.startsWith("p_") && C_TYPES.contains(name.substring(2))) {
        return new Typed(new TypeRef.Pointer(named(name.substring(2), a), a.pos()), false);
      }
      if (name.equals("floating") || name.equals("integral") || name.equals("numeric")) {
        // Cython's built-in fused types: a def taking one is a fused function.
        return new Typed(new TypeRef.Named("cython." + name, a.pos()), false);
      }
      return C_TYPES.contains(name) ? new Typed(named(name, a), false) : null;
    }
    if (annotation instanceof Expr.Subscript sub && sub.obj() instanceof Expr.Name n && n.id().equals("tuple")) {
      // `tuple[cython.int, cython.double]`: a C tuple when every item is a C type, as in Cython.
      java.util.List<TypeRef> items = new java.util.ArrayList<>();
      for (Expr item : sub.index() instanceof Expr.TupleExpr tu ? tu.elts() : java.util.List.of(sub.index())) {
        Typed t = of(item);
        if (t == null || !(t.type() instanceof TypeRef.Named nm) || nm.name().equals("object") || BUILTINS.contains(nm.name())) return null;
        items.add(t.type());
      }
      return new Typed(new TypeRef.CTuple(java.util.List.copyOf(items), sub.pos()), false);
    }
    if (annotation instanceof Expr.Subscript sub) {
      TypeRef.MemoryView view = memoryView(sub);
      return view == null ? null : new Typed(view, false);
    }
    if (annotation instanceof Expr.StrLit s) {
      String name = s.value().strip();
      if (name.matches("(unsigned |signed |long |short )*[A-Za-z_]\\w*") && (C_TYPES.contains(name) || name.contains(" "))) {
        return new Typed(new TypeRef.Named(name, s.pos()), false);
      }
      return null;
    }
    if (annotation instanceof Expr.Name n) {
      switch (n.id()) {
        case "float":
          return new Typed(new TypeRef.Named("double", n.pos()), false);
        case "bool":
          return new Typed(new TypeRef.Named("bint", n.pos()), false);
        case "int", "object":
          return new Typed(new TypeRef.Named("object", n.pos()), true);
        default:
          return BUILTINS.contains(n.id()) ? new Typed(new TypeRef.Named(n.id(), n.pos()), false) : null;
      }
    }
    return null;
  }

  /**
   * {@code cython.double[:, ::1]}: a memoryview of the C type {@code cython.X} names, each axis a
   * slice with no start or stop; else null ({@code double[:]} is only an annotation, as in Cython).
   */
  private static TypeRef.MemoryView memoryView(Expr.Subscript s) {
    Typed dtype = s.obj() instanceof Expr.Attribute ? of(s.obj()) : null;
    if (dtype == null || !(dtype.type() instanceof TypeRef.Named t) || t.name().equals("object") || BUILTINS.contains(t.name())) {
      return null;
    }
    java.util.List<Expr> items = s.index() instanceof Expr.TupleExpr tu ? tu.elts() : java.util.List.of(s.index());
    java.util.List<TypeRef.Axis> axes = new java.util.ArrayList<>();
    for (Expr item : items) {
      if (!(item instanceof Expr.Slice sl) || sl.lo() != null || sl.hi() != null) return null;
      Expr step = sl.step();
      String spec = step == null ? null : dev.pyxc.ast.Exprs.dottedName(step);
      boolean contiguous = step instanceof Expr.IntLit i && i.value().equals(java.math.BigInteger.ONE);
      if (step != null && spec == null && !contiguous) return null;
      axes.add(new TypeRef.Axis(contiguous, spec, sl.pos(), step != null ? step.pos() : sl.pos()));
    }
    return new TypeRef.MemoryView(t, java.util.List.copyOf(axes), false, s.pos(), items.get(0).pos());
  }

  /**
   * {@code T} of {@code Optional[T]}, {@code Union[T, None]}, {@code Union[None, T]}, {@code T |
   * None} or {@code None | T} (with or without {@code typing.}), else null.
   */
  private static Expr optionalOf(Expr annotation) {
    if (annotation instanceof Expr.BinOp b && b.op() == dev.pyxc.ast.BinaryOp.BITOR) {
      return b.right() instanceof Expr.NoneLit ? b.left() : b.left() instanceof Expr.NoneLit ? b.right() : null;
    }
    if (!(annotation instanceof Expr.Subscript s)) return null;
    String generic = s.obj() instanceof Expr.Name n ? n.id()
        : s.obj() instanceof Expr.Attribute a && a.obj() instanceof Expr.Name m && m.id().equals("typing") ? a.name() : null;
    if ("Optional".equals(generic)) return s.index();
    if ("Union".equals(generic) && s.index() instanceof Expr.TupleExpr t && t.elts().size() == 2) {
      Expr a = t.elts().get(0);
      Expr b = t.elts().get(1);
      return b instanceof Expr.NoneLit ? a : a instanceof Expr.NoneLit ? b : null;
    }
    return null;
  }

  private static TypeRef named(String cythonName, Expr at) {
    String c = switch (cythonName) {
      case "longlong" -> "long long";
      case "schar" -> "signed char";
      case "uchar" -> "unsigned char";
      case "ushort" -> "unsigned short";
      case "uint" -> "unsigned int";
      case "ulong" -> "unsigned long";
      case "ulonglong" -> "unsigned long long";
      case "sshort" -> "signed short";
      case "sint" -> "signed int";
      case "slong" -> "signed long";
      case "slonglong" -> "signed long long";
      case "longdouble" -> "long double";
      case "floatcomplex" -> "float complex";
      case "doublecomplex" -> "double complex";
      case "longdoublecomplex" -> "long double complex";
      default -> cythonName;
    };
    return new TypeRef.Named(c, at.pos());
  }
}
