package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** cdef and cpdef signatures: what callers rely on, and the Python side of a cpdef function. */
public final class CSignatures {
  private CSignatures() {}

  /**
   * The Python side of a cpdef function: a def of the same name and parameters whose body calls
   * the C function (calls from compiled code go to the C function directly).
   */
  public static Stmt.FuncDef cpdefWrapper(Stmt.FuncDef f) {
    List<Expr.Arg> args = f.params().stream().map(p -> new Expr.Arg(null, new Expr.Name(p.name(), f.pos()), f.pos())).toList();
    Expr call = new Expr.Call(new Expr.Name(f.name(), f.pos()), args, f.pos());
    boolean isVoid = f.returnType() instanceof TypeRef.Named n && n.name().equals("void");
    List<Stmt> body = isVoid ? List.of(new Stmt.ExprStmt(call, f.pos()), new Stmt.Return(null, f.pos()))
        : List.of(new Stmt.Return(call, f.pos()));
    return new Stmt.FuncDef(f.name(), f.params(), null, f.docstring(), body, List.of(), null, f.pos());
  }

  /**
   * The Python side of a cpdef method: {@code def m(self, a): return Cls.m(self, a)}, whose call
   * of the class's own implementation skips the dispatch to a Python override (that override may
   * itself call this def through super()).
   */
  static Stmt.FuncDef cpdefMethodWrapper(Stmt.FuncDef f, String className) {
    List<Expr.Arg> args = f.params().stream().map(p -> new Expr.Arg(null, new Expr.Name(p.name(), f.pos()), f.pos())).toList();
    Expr call = new Expr.Call(new Expr.Attribute(new Expr.Name(className, f.pos()), f.name(), f.pos()), args, f.pos());
    boolean isVoid = f.returnType() instanceof TypeRef.Named n && n.name().equals("void");
    List<Stmt> body = isVoid ? List.of(new Stmt.ExprStmt(call, f.pos()), new Stmt.Return(null, f.pos()))
        : List.of(new Stmt.Return(call, f.pos()));
    List<Stmt.Param> params = new ArrayList<>(f.params());
    if (params.get(0).type() != null) {
      // self keeps its name; the method descriptor has checked its type already.
      Stmt.Param self = params.get(0);
      params.set(0, new Stmt.Param(self.name(), null, null, false, false, self.pos()));
    }
    return new Stmt.FuncDef(f.name(), List.copyOf(params), null, f.docstring(), body, List.of(), null, f.pos());
  }

  /** A cdef function's signature, with Cython 3's rules for its exception specification. */
  static CFunction of(Stmt.FuncDef f, Function<TypeRef, CType> resolve, Diagnostics diags) {
    return of(f, resolve, e -> null, diags, false);
  }

  /** As above, {@code constants} giving the C of a name that is a C constant (an enum member, an extern constant), else null. */
  static CFunction of(Stmt.FuncDef f, Function<TypeRef, CType> resolve, Function<Expr, String> constants, Diagnostics diags) {
    return of(f, resolve, constants, diags, false);
  }

  static CFunction of(Stmt.FuncDef f, Function<TypeRef, CType> resolve, Diagnostics diags, boolean declaredOnly) {
    return of(f, resolve, e -> null, diags, declaredOnly);
  }

  /**
   * As {@link #of(Stmt.FuncDef, Function, Diagnostics)}; {@code declaredOnly} for a header's function
   * or a function type, whose {@code except *} Cython keeps as declared (a function the module
   * defines with an integer result reports through -1 first: {@code except? -1}).
   */
  static CFunction of(Stmt.FuncDef f, Function<TypeRef, CType> resolve, Function<Expr, String> constants, Diagnostics diags,
      boolean declaredOnly) {
    List<CType> params = new ArrayList<>();
    for (Stmt.Param p : f.params()) {
      params.add(p.type() == null ? CType.OBJECT : resolve.apply(p.type()));
    }
    CType ret = f.returnType() == null ? CType.OBJECT
        : f.returnType() instanceof TypeRef.Named n && n.name().equals("void") ? CType.VOID : resolve.apply(f.returnType());
    Stmt.ExceptSpec ex = f.cdef().except();
    CFunction.Propagation prop;
    String errorValue;
    // A C value to return on error: numbers (-1 or 0), and NULL for pointers, which have no default exception value.
    boolean cResult = ret.isNumeric() || ret instanceof CType.Pointer;
    if (ret instanceof CType.PyObject || ret instanceof CType.MemView) {
      if (ex.kind() != Stmt.ExceptSpec.Kind.DEFAULT && ex.kind() != Stmt.ExceptSpec.Kind.NOEXCEPT) {
        diags.error(ex.pos(), "Exception clause not allowed for function returning Python object");
      }
      prop = ex.kind() == Stmt.ExceptSpec.Kind.NOEXCEPT ? CFunction.Propagation.NONE : CFunction.Propagation.NULL;
      errorValue = ret instanceof CType.MemView ? "(pyxc_slice){0}" : "NULL";
    } else {
      switch (ex.kind()) {
        case NOEXCEPT -> {
          prop = CFunction.Propagation.NONE;
          errorValue = cResult ? zero(ret) : null;
        }
        case STAR -> {
          // As Cython optimises it: an integer result of a function defined here checks -1 first,
          // then whether an exception is set; a header's function or a function pointer may
          // return anything on error (an `except -2` function stored in it), so every call checks.
          boolean integer = ret instanceof CType.CInt && !declaredOnly;
          prop = integer ? CFunction.Propagation.MAYBE_MINUS_ONE : CFunction.Propagation.ERR_OCCURRED;
          errorValue = integer ? "-1" : cResult ? zero(ret) : null;
        }
        case DEFAULT -> {
          boolean number = ret.isNumeric();
          prop = number ? CFunction.Propagation.MAYBE_MINUS_ONE : CFunction.Propagation.ERR_OCCURRED;
          errorValue = number ? "-1" : cResult ? "NULL" : null;
        }
        default -> {
          errorValue = exceptValue(ex, ret, resolve, constants, diags);
          boolean minusOne = "-1".equals(errorValue);
          prop = minusOne && ex.kind() == Stmt.ExceptSpec.Kind.VALUE ? CFunction.Propagation.VALUE_MINUS_ONE
              : minusOne ? CFunction.Propagation.MAYBE_MINUS_ONE : CFunction.Propagation.ERR_OCCURRED;
        }
      }
    }
    CType.ExceptClause clause;
    if (ret instanceof CType.PyObject || ret instanceof CType.MemView) {
      clause = prop == CFunction.Propagation.NONE ? CType.ExceptClause.NOEXCEPT : new CType.ExceptClause(null, true);
    } else {
      clause = switch (ex.kind()) {
        case NOEXCEPT -> CType.ExceptClause.NOEXCEPT;
        case STAR -> new CType.ExceptClause(declaredOnly || !(ret instanceof CType.CInt) ? null : "-1", true);
        case VALUE -> new CType.ExceptClause(errorValue, false);
        case MAYBE_VALUE -> new CType.ExceptClause(errorValue, true);
        default -> new CType.ExceptClause(ret instanceof CType.Void ? null : errorValue, true);
      };
    }
    return CFunction.of(f, params, ret, errorValue, prop).withExcept(clause);
  }

  private static String zero(CType t) {
    return t instanceof CType.Pointer ? "NULL" : "0";
  }

  /** A default pyxc can pass at each call site: a literal, possibly negated. */
  static boolean isLiteral(Expr d) {
    return d instanceof Expr.IntLit || d instanceof Expr.FloatLit || d instanceof Expr.StrLit
        || d instanceof Expr.BytesLit || d instanceof Expr.BoolLit || d instanceof Expr.NoneLit
        || d instanceof Expr.NullLit || d instanceof Expr.CharLit
        || (d instanceof Expr.UnaryOp u && u.op() == dev.pyxc.ast.UnaryOperator.NEG
            && (u.operand() instanceof Expr.IntLit || u.operand() instanceof Expr.FloatLit));
  }

  /**
   * The C of an {@code except V} value: an integer or float literal, possibly negated, a char
   * literal, a C constant's name, NULL or a cast integer for a pointer.
   */
  private static String exceptValue(Stmt.ExceptSpec ex, CType ret, Function<TypeRef, CType> resolve, Function<Expr, String> constants,
      Diagnostics diags) {
    Expr v = ex.value();
    boolean neg = false;
    if (v instanceof Expr.UnaryOp u && u.op() == dev.pyxc.ast.UnaryOperator.NEG) {
      neg = true;
      v = u.operand();
    }
    if (ret instanceof CType.Void) {
      String valueType = v instanceof Expr.FloatLit ? "double" : "long";
      diags.error(v.pos(), "Cannot assign type '" + valueType + "' to 'void'");
      diags.error(v.pos(), "Exception value incompatible with function return type");
      return null;
    }
    String text;
    if (ret instanceof CType.Pointer) {
      // <T *>-1: an address no object has, as Cython allows
      if (!neg && v instanceof Expr.Cast c && !c.checked() && resolve.apply(c.type()) instanceof CType.Pointer p
          && integerText(c.operand()) != null) {
        return "((" + dev.pyxc.ir.CSpelling.of(p) + ")" + integerText(c.operand()) + ")";
      }
      // (a negative integer is one literal to Cython, placed at its digits; a negative float at its sign)
      Pos at = neg && v instanceof Expr.IntLit ? v.pos() : ex.value().pos();
      if (v instanceof Expr.IntLit || v instanceof Expr.FloatLit) {
        diags.error(at, "Cannot assign type '" + (v instanceof Expr.IntLit ? "long" : "double") + "' to '" + ret.name() + "'");
      }
      if (!(v instanceof Expr.NullLit) || neg) diags.error(at, "Exception value incompatible with function return type");
      return "NULL";
    }
    String constant = v instanceof Expr.Name || v instanceof Expr.Attribute ? constants.apply(v) : null;
    if (v instanceof Expr.IntLit i) {
      // (one C's integer types cannot hold is written as the double it becomes)
      text = ret instanceof CType.CFloat && i.value().bitLength() > 63 ? i.value() + ".0" : i.value().toString();
    } else if (v instanceof Expr.FloatLit fl && ret instanceof CType.CFloat) {
      text = Double.isNaN(fl.value()) ? "Py_NAN" : Double.isInfinite(fl.value()) ? "Py_HUGE_VAL" : Double.toString(fl.value());
    } else if (v instanceof Expr.CharLit c && ret instanceof CType.CInt) {
      text = Integer.toString(c.value());
    } else if (singleChar(v) >= 0 && ret instanceof CType.CInt) {
      text = Integer.toString(singleChar(v));
    } else if (constant != null) {
      text = constant;
    } else if (v instanceof Expr.Name || v instanceof Expr.Attribute || v instanceof Expr.Call || v instanceof Expr.Subscript) {
      // Not a compile-time constant at all: Cython's two messages, in the order it reports them.
      diags.error(ex.value().pos(), "Not allowed in a constant expression");
      diags.error(ex.value().pos(), "Exception value must be constant");
      return "-1";
    } else {
      diags.error(ex.value().pos(), "Exception value must be a constant of the function's return type");
      return "-1";
    }
    return (neg ? "-" : "") + text;
  }

  /** The code of a one-character str or bytes literal ({@code except 'a'} of a char function), else -1. */
  private static int singleChar(Expr v) {
    String s = v instanceof Expr.StrLit t ? t.value() : v instanceof Expr.BytesLit b ? b.value() : null;
    return s != null && s.codePointCount(0, s.length()) == 1 && s.codePointAt(0) < 128 ? s.codePointAt(0) : -1;
  }

  /** The C of an integer literal, possibly negated, else null. */
  private static String integerText(Expr v) {
    if (v instanceof Expr.IntLit i) return i.value().toString();
    if (v instanceof Expr.UnaryOp u && u.op() == dev.pyxc.ast.UnaryOperator.NEG && u.operand() instanceof Expr.IntLit i) {
      return "-" + i.value();
    }
    return null;
  }

  /**
   * Whether a definition's exception specification keeps the promise of its declaration (in a
   * {@code .pxd}), by Cython's rules: a caller that checks as the declaration says must see every
   * exception. {@code except *} declared accepts any; a declared value must be the defined one,
   * and a declared exact value ({@code except 0}) an exact one; a defined {@code except *} of an
   * integer function is {@code except? -1}, as Cython optimises it.
   */
  static boolean compatibleExceptions(Stmt.ExceptSpec declared, Stmt.ExceptSpec defined, CType ret) {
    if (ret instanceof CType.PyObject || ret instanceof CType.MemView) {
      return (declared.kind() == Stmt.ExceptSpec.Kind.NOEXCEPT) == (defined.kind() == Stmt.ExceptSpec.Kind.NOEXCEPT);
    }
    String[] d = normalized(declared, ret, false);
    String[] f = normalized(defined, ret, true);
    if (d[0].equals("*")) return !f[0].equals("noexcept");
    if (!d[0].equals(f[0])) return false;
    return !d[0].equals("value") || d[1].equals(f[1]) && (d[2].equals("?") || f[2].equals("!"));
  }

  /** {kind, value, check}: {@code noexcept}, {@code *}, or {@code value} with {@code ?} (also PyErr_Occurred) or {@code !}. */
  private static String[] normalized(Stmt.ExceptSpec ex, CType ret, boolean definition) {
    boolean integral = ret instanceof CType.CInt || ret instanceof CType.BInt;
    return switch (ex.kind()) {
      case NOEXCEPT -> new String[] {"noexcept", "", ""};
      case DEFAULT -> ret.isNumeric() ? new String[] {"value", "-1", "?"} : new String[] {"*", "", ""};
      case STAR -> definition && integral ? new String[] {"value", "-1", "?"} : new String[] {"*", "", ""};
      case VALUE, MAYBE_VALUE -> new String[] {"value", constantText(ex.value()), ex.kind() == Stmt.ExceptSpec.Kind.VALUE ? "!" : "?"};
    };
  }

  private static String constantText(Expr v) {
    if (v instanceof Expr.UnaryOp u && u.op() == dev.pyxc.ast.UnaryOperator.NEG) return "-" + constantText(u.operand());
    if (v instanceof Expr.IntLit i) return i.value().toString();
    if (v instanceof Expr.FloatLit f) return Double.toString(f.value());
    if (v instanceof Expr.NullLit) return "NULL";
    if (v instanceof Expr.CharLit c) return Integer.toString(c.value());
    String dotted = dev.pyxc.ast.Exprs.dottedName(v);
    return dotted != null ? dotted : v.getClass().getSimpleName();
  }
}
