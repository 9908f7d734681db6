package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.List;

/** The class decorators Cython defines for extension types (final, no_gc, collection_type, total_ordering, ...). */
final class ClassDecorators {
  private ClassDecorators() {}

  /** Records what each of the class's decorators says; Cython's errors for those it does not define. */
  static void check(Checker module, ClassInfo info) {
    // (`# cython: auto_pickle=False` for the whole module; a class's decorator says otherwise)
    if (!module.directives.get("auto_pickle")) info.noAutoPickle = true;
    info.cApiBinops = module.directives.get("c_api_binop_methods");
    info.directives = module.directives.copy();
    boolean arbitraryReported = false;
    for (Stmt.Decorator d : info.def.decorators()) {
      String q = module.cythonNames.qualify(d.expr());
      if ("cython.final".equals(q)) {
        info.isFinal = true;
      } else if ("cython.no_gc".equals(q)) {
        info.noGc = true;
      } else if ("cython.no_gc_clear".equals(q)) {
        info.noGcClear = true;
      } else if ("cython.total_ordering".equals(q) || "functools.total_ordering".equals(module.standardLibrary.qualify(d.expr()))) {
        info.totalOrdering = true;
        info.totalOrderingPos = d.pos();
      } else if (d.expr() instanceof Expr.Call call
          && "functools.total_ordering".equals(module.standardLibrary.qualify(call.func()))) {
        module.diags.error(call.pos(), "total_ordering cannot be called.");
      } else if ("cython.internal".equals(q)) {
        info.internal = true;
      } else if (d.expr() instanceof Expr.Call call && "cython.freelist".equals(module.cythonNames.qualify(call.func()))
          && call.args().size() == 1 && call.args().get(0).value() instanceof Expr.IntLit) {
        // A cache of freed instances: an allocation speed-up only, which pyxc leaves to the allocator.
        if (info.base != null) {
          module.diags.error(d.pos(), "freelists cannot be used on subtypes, only the base class can manage them");
        }
      } else if (d.expr() instanceof Expr.Call call && "cython.auto_pickle".equals(module.cythonNames.qualify(call.func()))
          && call.args().size() == 1 && call.args().get(0).value() instanceof Expr.BoolLit b) {
        info.noAutoPickle = !b.value();
        info.autoPickleForced = b.value();
      } else if (argument(module, d, "cython.type_version_tag") instanceof Expr.BoolLit b) {
        info.noVersionTag = !b.value();
      } else if (argument(module, d, "cython.c_api_binop_methods") instanceof Expr.BoolLit b) {
        info.cApiBinops = b.value();
      } else if (argument(module, d, "cython.trashcan") instanceof Expr.BoolLit b) {
        info.trashcan = b.value();
      } else if (argument(module, d, "cython.collection_type") instanceof Expr.StrLit s) {
        collectionType(module, info, s.value(), d);
      } else if (booleanDirective(module, d)) {
        // A directive for the class's methods (`@cython.boundscheck(False)`), as Cython applies it to the class body.
        DirectiveUses.apply(d.expr(), DirectiveUses.Scope.FUNCTION, d.pos(), module.cythonNames, info.directives, module.diags);
      } else if (d.expr() instanceof Expr.Call call && testHarness(module.cythonNames.qualify(call.func()))) {
        // Cython's own test suite checking its syntax tree: nothing to check in pyxc's.
      } else if (!arbitraryReported && arbitrary(module, d)) {
        // (Cython says so once a class, at its first such decorator)
        module.diags.error(d.pos(), "Cdef functions/classes cannot take arbitrary decorators.");
        arbitraryReported = true;
      } else if (!arbitrary(module, d)) {
        module.diags.error(d.pos(), "class decorators other than @cython.final, @cython.no_gc, @cython.no_gc_clear,"
            + " @cython.internal, @cython.freelist, @cython.total_ordering, @cython.auto_pickle, @cython.collection_type,"
            + " @cython.type_version_tag and @cython.trashcan"
            + " are not supported by pyxc");
      }
    }
  }

  private static boolean booleanDirective(Checker module, Stmt.Decorator d) {
    String q = module.cythonNames.qualify(d.expr() instanceof Expr.Call call ? call.func() : d.expr());
    return q != null && q.startsWith("cython.") && Directives.isBoolean(q.substring("cython.".length()))
        && !q.equals("cython.auto_pickle") && !q.equals("cython.c_api_binop_methods");
  }

  /**
   * A decorator that is neither Cython's (a directive) nor one of the standard library's Cython
   * knows ({@code dataclasses.dataclass}, which pyxc does not support yet): Cython refuses it.
   */
  private static boolean arbitrary(Checker module, Stmt.Decorator d) {
    Expr e = d.expr() instanceof Expr.Call call ? call.func() : d.expr();
    return module.cythonNames.qualify(e) == null && module.standardLibrary.qualify(e) == null;
  }

  /** The one argument of decorator {@code @path(arg)} (a Cython directive), or null when {@code d} is not that. */
  private static Expr argument(Checker module, Stmt.Decorator d, String path) {
    return d.expr() instanceof Expr.Call call && path.equals(module.cythonNames.qualify(call.func())) && call.args().size() == 1
        && call.args().get(0).keyword() == null ? call.args().get(0).value() : null;
  }

  /** Whether a decorator's dotted path is one of Cython's test-suite directives ({@code cython.test_assert_path_exists}). */
  private static boolean testHarness(String path) {
    return path != null && path.startsWith("cython.") && Directives.TEST_HARNESS.contains(path.substring("cython.".length()));
  }

  /** {@code @cython.collection_type(kind)}, with Cython's messages for another kind or two different ones. */
  private static void collectionType(Checker module, ClassInfo info, String kind, Stmt.Decorator d) {
    if (!kind.equals("sequence") && !kind.equals("mapping")) {
      module.diags.error(d.pos(), "collection_type directive must be one of ('sequence', 'mapping'), got '" + kind + "'");
    } else if (info.collectionType != null && !info.collectionType.equals(kind)) {
      module.diags.error(info.def.decorators().get(0).pos(), "Multiple values of collection_type are not supported");
    } else {
      info.collectionType = kind;
    }
  }

  /** Cython's warnings for {@code @cython.total_ordering} on a class without what it needs. */
  static void totalOrderingWarning(Checker module, ClassInfo info) {
    boolean eq = false;
    boolean order = false;
    for (ClassInfo c = info; c != null; c = c.base) {
      eq |= c.defMethods.containsKey("__eq__") || c.defMethods.containsKey("__ne__");
      for (String n : List.of("__lt__", "__le__", "__gt__", "__ge__")) order |= c.defMethods.containsKey(n);
    }
    String missing = !eq && !order ? "comparison and equality methods" : !eq ? "equality method" : !order ? "comparison methods" : null;
    if (missing != null) {
      module.diags.warning(info.totalOrderingPos, "total_ordering directive used, but no " + missing + " defined");
    }
  }
}
