package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cpdef} functions of {@code cdef extern} blocks: C functions that Python sees too, as
 * Cython makes them. Each becomes a cpdef function of the module under its name, whose body calls
 * the C function (declared under a hidden name); the module's C code calls through that cpdef
 * function's C entry, Python through its wrapper, with its parameters' names for keywords.
 */
final class CpdefExterns {
  private CpdefExterns() {}

  /** The hidden name the C function itself is declared under. */
  static String hidden(String name) {
    return "__pyx_extern_" + name;
  }

  /** The module body with each cpdef extern function split into its C declaration and its cpdef function. */
  static List<Stmt> expand(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body) {
      if (!(s instanceof Stmt.CExtern block) || block.decls().stream().noneMatch(CpdefExterns::isCpdef)) {
        out.add(s);
        continue;
      }
      List<Stmt.ExternDecl> decls = new ArrayList<>();
      List<Stmt> functions = new ArrayList<>();
      for (Stmt.ExternDecl d : block.decls()) {
        if (!(d instanceof Stmt.ExternFunction f) || !f.cpdef()) {
          decls.add(d);
          continue;
        }
        List<Stmt.Param> params = new ArrayList<>();
        List<Expr.Arg> args = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
          Stmt.Param p = f.params().get(i);
          params.add(new Stmt.Param(p.name(), p.type(), null, false, false, p.pos()));
          args.add(new Expr.Arg(null, new Expr.Name(p.name(), p.pos()), p.pos()));
        }
        decls.add(new Stmt.ExternFunction(hidden(f.name()), f.cname(), f.params(), f.returnType(), f.except(), false, f.nogil(),
            false, f.pos()));
        // The C function raises what its declaration says, and the cpdef function passes that on.
        Stmt.ExceptSpec except = f.except().kind() == Stmt.ExceptSpec.Kind.DEFAULT
            ? new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.NOEXCEPT, null, f.pos()) : f.except();
        Stmt call = new Stmt.Return(new Expr.Call(new Expr.Name(hidden(f.name()), f.pos()), List.copyOf(args), f.pos()), f.pos());
        functions.add(new Stmt.FuncDef(f.name(), List.copyOf(params), f.returnType(), null, List.of(call), List.of(),
            new Stmt.CSignature(false, except, true, f.pos(), Stmt.Linkage.PRIVATE, f.pos(), f.nogil()), f.pos()));
      }
      out.add(new Stmt.CExtern(block.header(), block.code(), List.copyOf(decls), block.declaredHere(), block.pos()));
      out.addAll(functions);
    }
    return out;
  }

  private static boolean isCpdef(Stmt.ExternDecl d) {
    return d instanceof Stmt.ExternFunction f && f.cpdef();
  }
}
