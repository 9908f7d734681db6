package dev.pyxc.sema;

import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code from m import *} at module level, as Cython compiles it. The module then looks every
 * name it does not declare up at run time (a NameError there, not Cython's compile-time
 * "undeclared name not builtin"). Each imported name goes through the module's setter, a cdef
 * function written here as source and compiled like any other, so the ownership of what it
 * stores is the IR's: a module-level cdef variable of that name takes the value, converted and
 * checked as an assignment converts it; an extension type's name, or a variable of a type with no
 * conversion from Python, raises Cython's TypeError; any other name is left to the runtime, which
 * binds it as a module global ({@code pyxc_import_star}).
 */
public final class ImportStar {
  private ImportStar() {}

  /** The setter's name, one no module can declare: Cython reserves the {@code __pyx} prefix. */
  public static final String SETTER = "__pyx_import_star_set";

  /** The first {@code from m import *} among the module's top-level statements (in its blocks too), or null. */
  static Stmt.ImportStar atModuleLevel(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.ImportStar i) return i;
      if (s instanceof Stmt.FuncDef || s instanceof Stmt.ClassDef) continue;
      for (List<Stmt> block : Stmts.blocks(s)) {
        Stmt.ImportStar i = atModuleLevel(block);
        if (i != null) return i;
      }
    }
    return null;
  }

  /**
   * {@code cdef int SETTER(str name, object o)}: 1 when it stored {@code o} in the
   * variable {@code name}, 0 when the module has none of that name.
   */
  static Stmt.FuncDef setter(Checker module, List<Stmt> body, Stmt.ImportStar at) {
    Pos pos = at.pos();
    Set<String> constants = constants(body);
    List<String> stored = new ArrayList<>();
    List<Stmt> tests = new ArrayList<>();
    // (in name order, as Cython tests them; the names differ, so only the C's order follows)
    for (String name : new TreeSet<>(module.variables.keySet())) {
      ModuleVariable v = module.variables.get(name);
      if (v.isImported() || name.contains(".") || constants.contains(name)) continue;
      if (assignable(v.type())) {
        stored.add(name);
        tests.add(test(name, List.of(new Stmt.Assign(List.of(new Expr.Name(name, pos)), new Expr.Name("o", pos), pos),
            new Stmt.Return(new Expr.IntLit("1", java.math.BigInteger.ONE, pos), pos)), pos));
      } else {
        tests.add(test(name, List.of(typeError("Cannot convert Python object " + name + " to " + v.type().name(), pos)), pos));
      }
    }
    for (String name : new TreeSet<>(module.classes.sourceNames)) {
      if (module.classes.named(name) != null && !module.variables.containsKey(name)) {
        tests.add(test(name, List.of(typeError("Cannot overwrite C type " + name, pos)), pos));
      }
    }
    List<Stmt> code = new ArrayList<>();
    if (!stored.isEmpty()) code.add(new Stmt.Global(List.copyOf(stored), pos));
    code.addAll(tests);
    code.add(new Stmt.Return(new Expr.IntLit("0", java.math.BigInteger.ZERO, pos), pos));
    List<Stmt.Param> params = List.of(new Stmt.Param("name", new TypeRef.Named("str", pos), null, false, false, pos),
        new Stmt.Param("o", new TypeRef.Named("object", pos), null, false, false, pos));
    // (Cython 3's default for an int result: except? -1, which the runtime tests)
    return new Stmt.FuncDef(SETTER, params, new TypeRef.Named("int", pos), null, List.copyOf(code), List.of(),
        new Stmt.CSignature(false, Stmt.ExceptSpec.DEFAULT, false, pos), pos);
  }

  /** A type an object converts to when assigned: not a pointer (Cython's char * would point into a value gone after the import). */
  private static boolean assignable(CType t) {
    if (t instanceof CType.Pointer || t instanceof CType.Function) return false;
    return Types.convertsToPython(t);
  }

  private static Stmt test(String name, List<Stmt> then, Pos pos) {
    Expr cond = new Expr.Compare(new Expr.Name("name", pos), List.of(CompareOp.EQ), List.of(new Expr.StrLit(name, pos)), pos);
    return new Stmt.If(List.of(new Stmt.Branch(cond, then, pos)), List.of(), pos);
  }

  private static Stmt typeError(String message, Pos pos) {
    Expr call = new Expr.Call(new Expr.Name("TypeError", pos), List.of(new Expr.Arg(null, new Expr.StrLit(message, pos), pos)), pos);
    return new Stmt.Raise(call, null, pos);
  }

  /** The module-level variables declared const, which nothing assigns after their declaration. */
  private static Set<String> constants(List<Stmt> body) {
    Set<String> out = new java.util.HashSet<>();
    for (Stmt s : body) {
      if (s instanceof Stmt.CDef cd && cd.type() instanceof TypeRef.Const) cd.names().forEach(d -> out.add(d.name()));
    }
    return out;
  }
}
