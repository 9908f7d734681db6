package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import java.util.Set;

/**
 * Directives written in the code rather than the header: {@code @cython.boundscheck(False)} on a
 * def and {@code with cython.wraparound(False):} around a block, with Cython's messages for a
 * misuse. A bare decorator ({@code @cython.boundscheck}) means True, as in Cython.
 */
final class DirectiveUses {
  private DirectiveUses() {}

  /** Where a directive is written; the words Cython uses for it in messages. */
  enum Scope {
    FUNCTION("function"), WITH("with statement");

    final String words;

    Scope(String words) {
      this.words = words;
    }
  }

  /** Cython constructs that are not directives: named as unsupported, not as unknown. */
  private static final Set<String> OTHER_CONSTRUCTS = Set.of("locals", "cfunc", "ccall", "inline", "returns",
      "exceptval", "nogil", "gil", "final", "declare", "cast", "sizeof", "typeof", "address", "pointer",
      "critical_section", "fused_type", "ufunc", "freelist", "internal");

  /** Directives Cython allows only in the module header (its directive_scopes). */
  private static final Set<String> MODULE_ONLY = Set.of("autotestdict", "autotestdict.all", "autotestdict.cdef", "fast_gil",
      "c_string_type", "c_string_encoding");

  /** A name of Cython's {@code cython} module that is not a directive ({@code cython.cast}, ...). */
  static boolean isCythonName(String name) {
    return OTHER_CONSTRUCTS.contains(name);
  }

  /**
   * Applies a decorator or with-item to {@code into}. Returns false when {@code e} does not name
   * anything cimported from Cython (the caller then reports it as unsupported).
   */
  static boolean apply(Expr e, Scope scope, Pos scopePos, CythonNames names, Directives into, Diagnostics diags) {
    Expr callee = e instanceof Expr.Call c ? c.func() : e;
    String path = names.qualify(callee);
    if (path == null) return false;
    Pos at = callee.pos();
    String name = path.startsWith("cython.") ? path.substring("cython.".length()) : path;
    if (name.equals("language_level")) {
      boolean stringArg = e instanceof Expr.Call c && c.args().size() == 1 && c.args().get(0).value() instanceof Expr.StrLit;
      if (!stringArg && scope == Scope.FUNCTION) {
        diags.error(at, "The language_level directive takes one compile-time string argument");
        return true;
      }
      diags.error(scopePos, "The language_level compiler directive is not allowed in " + scope.words + " scope");
      if (scope == Scope.WITH) invalid(name, at, diags);
      return true;
    }
    if (Directives.TEST_HARNESS.contains(name)) {
      // Cython's checks of its own syntax tree (its test suite's decorators): nothing to check in pyxc.
      return true;
    }
    if (MODULE_ONLY.contains(name)) {
      diags.error(scopePos, "The " + name + " compiler directive is not allowed in " + scope.words + " scope");
      // (Cython then reads a string-valued one as no directive at all)
      if (name.startsWith("c_string_")) invalid(name, at, diags);
      return true;
    }
    if (!Directives.isBoolean(name) && !name.equals("infer_types")) {
      if (OTHER_CONSTRUCTS.contains(name)) diags.error(at, "'cython." + name + "' is not supported by pyxc");
      else invalid(name, at, diags);
      return true;
    }
    Expr value;
    if (e instanceof Expr.Call c) {
      value = c.args().size() == 1 && c.args().get(0).keyword() == null ? c.args().get(0).value() : null;
    } else {
      value = scope == Scope.FUNCTION ? new Expr.BoolLit(true, at) : null;
    }
    if (name.equals("infer_types") && value instanceof Expr.NoneLit) {
      into.setInferTypes(null);
    } else if (value instanceof Expr.BoolLit b) {
      if (name.equals("infer_types")) into.setInferTypes(b.value());
      else into.setBoolean(name, b.value());
    } else {
      diags.error(at, "The " + name + " directive takes one compile-time boolean argument");
    }
    return true;
  }

  /**
   * {@code with cython.NAME(...) as t}: Cython refuses the 'as', and then no longer reads the
   * context as a directive, so it also reports the name as an invalid construct.
   */
  static void rejectTarget(Expr context, Pos itemPos, CythonNames names, Diagnostics diags) {
    Expr callee = context instanceof Expr.Call c ? c.func() : context;
    String path = names.qualify(callee);
    diags.error(itemPos, "Compiler directive with statements cannot contain 'as'");
    invalid(path.substring(path.lastIndexOf('.') + 1), callee.pos(), diags);
  }

  private static void invalid(String name, Pos at, Diagnostics diags) {
    diags.error(at, "'" + name + "' not a valid cython language construct");
    diags.error(at, "'" + name + "' not a valid cython attribute or is being used incorrectly");
  }
}
