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

  private static final Set<String> BUILTINS = Set.of("list", "dict", "tuple", "set", "frozenset", "str", "bytes", "bytearray", "type");
  private static final Set<String> C_TYPES = Set.of("char", "short", "int", "long", "longlong", "float", "double", "bint", "Py_ssize_t",
      "size_t", "Py_hash_t", "Py_UCS4", "schar", "uchar", "ushort", "uint", "ulong", "ulonglong", "void");

  /** Whether an annotation of this name is a builtin type (which refuses None unless Optional). */
  static boolean isBuiltin(String name) {
    return BUILTINS.contains(name);
  }

  /** The declared type, or null for an annotation that declares none. */
  static Typed of(Expr annotation) {
    if (annotation instanceof Expr.Subscript s && s.obj() instanceof Expr.Name n && n.id().equals("Optional")
        || annotation instanceof Expr.Subscript t && t.obj() instanceof Expr.Attribute a && a.name().equals("Optional")) {
      Typed inner = of(((Expr.Subscript) annotation).index());
      return inner == null || !(inner.type() instanceof TypeRef.Named nm) || !BUILTINS.contains(nm.name()) ? null
          : new Typed(inner.type(), true);
    }
    if (annotation instanceof Expr.Attribute a && a.obj() instanceof Expr.Name m && m.id().equals("cython")) {
      String name = a.name();
      if (name.startsWith("p_") && C_TYPES.contains(name.substring(2))) {
        return new Typed(new TypeRef.Pointer(named(name.substring(2), a), a.pos()), false);
      }
      return C_TYPES.contains(name) ? new Typed(named(name, a), false) : null;
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

  private static TypeRef named(String cythonName, Expr at) {
    String c = switch (cythonName) {
      case "longlong" -> "long long";
      case "schar" -> "signed char";
      case "uchar" -> "unsigned char";
      case "ushort" -> "unsigned short";
      case "uint" -> "unsigned int";
      case "ulong" -> "unsigned long";
      case "ulonglong" -> "unsigned long long";
      default -> cythonName;
    };
    return new TypeRef.Named(c, at.pos());
  }
}
