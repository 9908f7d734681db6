package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import dev.pyxc.sema.Closure;
import dev.pyxc.ast.Stmt;
import java.util.Set;

/**
 * The contracts of closures, in the vocabulary of {@link Primitives}. A function whose variables
 * nested functions use makes a scope object on each call ({@code scope_new}, a new reference, held
 * in a register like any owned object); each shared variable is a field of it, a place that owns
 * what it holds exactly as an extension type's attribute does: a read of an object or view gives
 * a new reference (any call may let a nested function rebind it), a store steals and releases the
 * old value after, C values are plain fields. A nested function gets the scope of the call that
 * made it as its closure (kept by the function object, borrowed by the body for the call), and
 * an enclosing function's scope further out through each scope's {@code outer}, borrowed from the
 * one before.
 * <pre>
 *   $scope = scope_new_r0_outer               # new reference
 *   cell_set_r0_outer_total $scope, steal %3  # the old value released inside
 *   %5 = cell_get_r0_outer_total $scope       # new reference, or UnboundLocalError
 *   %6 = make_function_n1_inner $scope        # the function object holds the scope
 * </pre>
 */
public final class ScopePrimitives {
  private ScopePrimitives() {}

  /** The C struct of {@code c}'s scope. */
  public static String struct(Closure c) {
    return "pyxc_scope_" + c.cPart;
  }

  /** The static that holds {@code c}'s scope type once module init made it. */
  public static String typeObject(Closure c) {
    return "pyxc_scopetype_" + c.cPart;
  }

  /** The C field of shared variable {@code name}. */
  public static String field(String name) {
    return "v_" + CSymbols.ident(name);
  }

  /** The PyMethodDef of a nested function. */
  public static String methodDef(Closure c) {
    return "pyxc_md_" + c.cPart;
  }

  private static String member(Closure definer, String name) {
    return "((struct " + struct(definer) + " *)%0)->" + field(name);
  }

  /** A new scope for a call of {@code c}; argument 0 its own closure, the outer scope, when it has one. */
  public static Primitive scopeNew(Closure c) {
    return new Primitive("scope_new_" + c.cPart, "pyxc_scope_new_" + c.cPart + "(" + (c.hasClosure() ? "%0" : "NULL") + ")",
        CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }

  /** The scope around the scope of {@code c} (argument 0): borrowed, as the scope keeps it alive. */
  public static Primitive outer(Closure c) {
    return new Primitive("scope_outer_" + c.cPart, "((struct " + struct(c) + " *)%0)->outer", CType.OBJECT, true, Set.of(),
        ErrorKind.NEVER);
  }

  /**
   * A read of {@code definer}'s variable {@code name} of type {@code t} from its scope (argument 0);
   * {@code free} says whose error an unassigned one is (a nested function's NameError).
   */
  public static Primitive cellGet(Closure definer, String name, CType t, boolean free) {
    String op = "cell_get_" + definer.cPart + "_" + CSymbols.ident(name);
    String args = Primitives.cString(name) + ", " + (free ? 1 : 0);
    if (t instanceof CType.MemView) {
      return new Primitive(op, "pyxc_mv_cell_get(&" + member(definer, name) + ", " + args + ")", t, false, Set.of(), ErrorKind.NULL);
    } else if (t instanceof CType.PyObject) {
      return new Primitive(op, "pyxc_cell_get(" + member(definer, name) + ", " + args + ")", t, false, Set.of(), ErrorKind.NULL);
    }
    return new Primitive(op, member(definer, name), t, false, Set.of(), ErrorKind.NEVER);
  }

  /** A store into {@code definer}'s variable {@code name}: argument 0 the scope, 1 the value (stolen when refcounted). */
  public static Primitive cellSet(Closure definer, String name, CType t) {
    String op = "cell_set_" + definer.cPart + "_" + CSymbols.ident(name);
    if (t instanceof CType.MemView) {
      return new Primitive(op, "pyxc_mv_field_set(&" + member(definer, name) + ", %1)", CType.VOID, false, Set.of(1), ErrorKind.NEVER);
    } else if (t instanceof CType.PyObject) {
      return new Primitive(op, "pyxc_field_set(&" + member(definer, name) + ", %1)", CType.VOID, false, Set.of(1), ErrorKind.NEVER);
    }
    return new Primitive(op, member(definer, name) + " = %1", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  }

  /**
   * {@code &x} of {@code definer}'s C variable {@code name} (argument 0 the scope): its field's
   * address, valid while the scope lives (every function using it holds the scope), as in Cython.
   */
  public static Primitive cellAddress(Closure definer, String name, CType.Pointer t) {
    return new Primitive("cell_address_" + definer.cPart + "_" + CSymbols.ident(name), "(&" + member(definer, name) + ")", t, false, Set.of(),
        ErrorKind.NEVER);
  }

  /** {@code del} of an object variable in a scope (argument 0): unassigned is the read's error. */
  public static Primitive cellDel(Closure definer, String name, boolean free) {
    return new Primitive("cell_del_" + definer.cPart + "_" + CSymbols.ident(name), "pyxc_cell_del(&" + member(definer, name) + ", "
        + Primitives.cString(name) + ", " + (free ? 1 : 0) + ")", CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }

  /** A direct call of nested function {@code c}'s compiled body: its closure (the scope) and its parameters, borrowed. */
  public static Primitive directCall(Closure c) {
    return new Primitive("call_" + c.cPart, "pyxc_pf_" + c.cPart + "(%*)", CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }

  /** A new empty cell ({@code types.CellType}) for a class body's {@code __class__}. */
  public static final Primitive NEW_CLASS_CELL = new Primitive("class_cell_new", "PyCell_New(NULL)", CType.OBJECT, false, Set.of(),
      ErrorKind.NULL);

  /** The class in a {@code __class__} cell: borrowed from the cell; RuntimeError while the class statement runs. */
  public static final Primitive CLASS_FROM_CELL = new Primitive("class_from_cell", "pyxc_class_cell(PyCell_GET(%0))", CType.OBJECT,
      true, Set.of(), ErrorKind.NULL);

  /**
   * The function object of {@code c}, made where its def or lambda runs: the arguments, borrowed,
   * are the scope it closes over (when it has one), then the tuple of its evaluated defaults (when
   * {@code defaults}).
   */
  public static Primitive makeFunction(Closure c, boolean defaults) {
    String scope = c.hasClosure() ? "%0" : "NULL";
    String tuple = !defaults ? "NULL" : c.hasClosure() ? "%1" : "%0";
    return new Primitive("make_function_" + c.cPart, "pyxc_make_function(&" + methodDef(c) + ", " + scope + ", " + tuple + ", "
        + signature(c) + ", pyxc_m_dict)", CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }

  /** Makes a Python class's fused method (its object, borrowed) bind to the class, as a classmethod. */
  public static final Primitive FUSED_CLASSMETHOD = new Primitive("fused_classmethod", "pyxc_fused_set_binding(%0, PYXC_FUSED_CLASS)",
      CType.VOID, false, Set.of(), ErrorKind.NEVER);

  /** The C function that picks the specialization of a def fused function a call's arguments select. */
  public static String fusedDispatcher(dev.pyxc.sema.FusedFunctions.Group g) {
    return "pyxc_fused_dispatch_" + classPart(g) + CSymbols.ident(g.name());
  }

  private static String classPart(dev.pyxc.sema.FusedFunctions.Group g) {
    return g.owner() != null ? CSymbols.ident(g.owner()) + "_" : g.pyClass() != null ? CSymbols.classPart(g.pyClass()) + "_" : "";
  }

  /** The C array of a def fused function's specializations' names (as its {@code __signatures__} has them). */
  public static String fusedSignatures(dev.pyxc.sema.FusedFunctions.Group g) {
    return "pyxc_fused_sigs_" + classPart(g) + CSymbols.ident(g.name());
  }

  /**
   * The object a def fused function's name is bound to, made where its def runs from its
   * specializations' function objects (borrowed, in its order).
   */
  public static Primitive makeFused(dev.pyxc.sema.FusedFunctions.Group g) {
    return new Primitive("make_fused_" + classPart(g) + CSymbols.ident(g.name()), "pyxc_make_fused_of((PyObject *const []){%*}, " + fusedSignatures(g)
        + ", %n, " + fusedDispatcher(g) + ")", CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }

  /** {@code __init_subclass__} or {@code __class_getitem__} in a class body: a function of pyxc's made a classmethod. */
  public static final Primitive IMPLICIT_CLASSMETHOD = new Primitive("implicit_classmethod", "pyxc_implicit_classmethod(%0)",
      CType.OBJECT, false, Set.of(), ErrorKind.NULL);

  /**
   * Gives the function object bound to {@code name} at init, when it is still {@code c}'s, the
   * defaults (borrowed) its def statement just evaluated, for {@code __defaults__}.
   */
  public static Primitive defaultsKnown(Closure c, String name) {
    return new Primitive("defaults_known_" + c.cPart, "pyxc_function_defaults_known(pyxc_m_dict, " + Primitives.cString(name)
        + ", &" + methodDef(c) + ", %0)", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  }

  /**
   * What a function object is told of its def besides the PyMethodDef: how many of its defaults
   * are of positional parameters, its qualified name, and its parameter list as Python would
   * write it with each default a placeholder (from which {@code __code__} and
   * {@code __kwdefaults__} are made when asked for: {@code inspect.signature} reads them), or
   * NULL for a generator expression's function.
   */
  public static String signature(Closure c) {
    long positional = c.def.params().stream().filter(p -> p.defaultValue() != null
        && (p.kind() == Stmt.Param.Kind.POSITIONAL || p.kind() == Stmt.Param.Kind.POSITIONAL_ONLY)).count();
    return positional + ", " + Primitives.cString(c.qualname) + ", " + (c.genexpr != null ? "NULL" : Primitives.cString(parameterList(c.def)));
  }

  /** A def's parameter list as Python writes it, each default a placeholder. */
  public static String parameterList(Stmt.FuncDef def) {
    java.util.List<String> out = new java.util.ArrayList<>();
    boolean starSeen = false;
    for (int i = 0; i < def.params().size(); i++) {
      Stmt.Param p = def.params().get(i);
      String dflt = p.defaultValue() == null ? "" : "=0";
      switch (p.kind()) {
        case POSITIONAL_ONLY -> {
          out.add(p.name() + dflt);
          boolean last = i + 1 == def.params().size() || def.params().get(i + 1).kind() != Stmt.Param.Kind.POSITIONAL_ONLY;
          if (last) out.add("/");
        }
        case POSITIONAL -> out.add(p.name() + dflt);
        case STAR -> {
          starSeen = true;
          out.add("*" + p.name());
        }
        case KEYWORD_ONLY -> {
          if (!starSeen) out.add("*");
          starSeen = true;
          out.add(p.name() + dflt);
        }
        case DSTAR -> out.add("**" + p.name());
      }
    }
    return String.join(", ", out);
  }
}
