package dev.pyxc.sema;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass over a function and the inference it feeds. The pass declares cdef locals
 * (reporting misplaced or repeated declarations) and records every way each untyped local gets
 * a value; the fixpoint then gives each such local the type Cython's default ("safe") inference
 * would: the spanning type of everything assigned, kept as a C type only where that cannot
 * change Python semantics (doubles, bints, and C integers that never take part in arithmetic
 * that could overflow); otherwise the local is a Python object.
 */
final class TypeInference {
  private final FunctionChecker fn;
  /** For each untyped local: every way it gets a value, for inference. */
  private final Map<String, List<Source>> sources = new LinkedHashMap<>();
  private final Set<String> mightOverflow = new HashSet<>();
  private final Map<String, CType> inferred = new LinkedHashMap<>();

  TypeInference(FunctionChecker fn) {
    this.fn = fn;
  }

  /** One assignment to an untyped local: its value, or the element type of a loop. */
  private sealed interface Source {}

  private record FromExpr(Expr value) implements Source {}

  private record FromRange(List<Expr> args) implements Source {}

  private record FromAug(String name, BinaryOp op, Expr value) implements Source {}

  private record FromObject() implements Source {}

  /** Item {@code index} of a value unpacked into several targets: a C tuple's item type, else an object. */
  private record FromItem(Expr value, int index) implements Source {}

  /** The items of a for loop over an iterable: a 1-D view's element type, else an object. */
  private record FromIteration(Expr iterable) implements Source {}

  void collect(List<Stmt> body, boolean topLevel) {
    for (Stmt s : body) collect(s, topLevel);
  }

  private void collect(Stmt s, boolean topLevel) {
    if (s instanceof Stmt.CDef && fn.classBody) {
      // A C declaration in a Python class body: PyClasses reported it as Cython does.
    } else if (s instanceof Stmt.CDef c && fn.moduleScope) {
      // A module variable (declared by Checker): its initialiser is scanned as any expression.
      if (!topLevel) fn.diags.error(c.type().pos(), "cdef statement not allowed here");
      for (Stmt.Declarator d : c.names()) if (d.init() != null) scanExpr(d.init());
    } else if (s instanceof Stmt.ClassForward f) {
      fn.diags.error(f.pos(), "Extension type definition not allowed here");
    } else if ((s instanceof Stmt.TypeDef || s instanceof Stmt.FusedTypeDef || s instanceof Stmt.StructDef || s instanceof Stmt.EnumDef)
        && !fn.moduleScope) {
      boolean ctypedef = s instanceof Stmt.TypeDef || s instanceof Stmt.FusedTypeDef || s instanceof Stmt.StructDef sd && sd.typedef()
          || s instanceof Stmt.EnumDef ed && ed.typedef();
      fn.diags.error(s.pos(), ctypedef ? "ctypedef statement not allowed here" : "C struct/union/enum definition not allowed here");
    } else if (s instanceof Stmt.ClassDef c && !fn.moduleScope) {
      // A Python class in a function: its body and methods are checked as nested functions.
      if (c.extensionType()) fn.diags.error(c.pos(), "Extension type definition not allowed here");
      // (Cython places the name at the `class` keyword, where the statement binds it)
      bindLocal(c.name(), c.pos(), new FromObject());
    } else if (s instanceof Stmt.ClassDef || (s instanceof Stmt.FuncDef && (fn.classBody || fn.moduleScope))) {
      // A class at module level, a method in a class body: checked as functions of their own.
    } else if (s instanceof Stmt.Return r && fn.moduleScope) {
      fn.diags.error(r.pos(), "Return not inside a function body");
    } else if (s instanceof Stmt.Import || s instanceof Stmt.Global) {
      if (s instanceof Stmt.Import i) {
        for (Stmt.Alias a : i.names()) {
          // Cython reads `import cython` as the cimport it means, which only the module may do.
          if ((!fn.moduleScope || fn.classBody) && i.fromModule() == null && a.name().equals("cython")) {
            fn.diags.error(a.pos(), "cimport only allowed at module level");
          }
          bindLocal(i.bound(a), a.pos(), new FromObject());
        }
      }
    } else if (s instanceof Stmt.CDef c) {
      if (!topLevel) {
        fn.diags.error(c.type().pos(), "cdef statement not allowed here");
      } else if (c.visibility() != Stmt.Visibility.PRIVATE) {
        fn.diags.error(c.names().get(0).pos(), "Local variable cannot be declared " + c.visibility().name().toLowerCase());
      }
      for (Stmt.Declarator d : c.names()) {
        // In a specialization, a fused type its parameters do not bind is named as Cython names it for an annotated local.
        CType t = fn.module.isSpecialization(fn.def)
            ? fn.module.withFusedMisuse("'" + d.name() + "' cannot be specialized since its type is not a fused argument to this function",
                d.pos(), () -> fn.module.resolve(d.typeIn(c)))
            : fn.module.withFusedMisuse(Checker.INVALID_FUSED, c.pos(), () -> fn.module.resolve(d.typeIn(c)));
        ConstVariables.Constness constness = ConstVariables.of(d.typeIn(c));
        if (constness != ConstVariables.Constness.NONE) fn.constLocals.add(d.name());
        if (constness == ConstVariables.Constness.ARRAY) fn.constArrays.add(d.name());
        fn.writtenTypes.put(d.name(), d.typeIn(c));
        if (IncompleteTypes.reportVariable(t, d, fn.diags)) {
          t = CType.OBJECT;
        } else if (t instanceof CType.Function) {
          // (a variable of a C function type, `cdef func_t f`, declares a function, as in C)
          fn.diags.error(d.pos(), "Non-extern C function '" + d.name() + "' declared but not defined");
          t = CType.OBJECT;
        }
        Symbol prev = fn.symbols.get(d.name());
        if (prev != null && (prev.declared() || prev.kind() == Symbol.Kind.PARAM)) {
          fn.diags.error(d.pos(), "'" + d.name() + "' redeclared ");
          fn.diags.error(prev.pos(), "Previous declaration is here");
          continue;
        }
        if (prev != null) {
          fn.diags.error(d.pos(), "cdef variable '" + d.name() + "' declared after it is used");
        }
        fn.symbols.put(d.name(), new Symbol(d.name(), t, Symbol.Kind.LOCAL, true, d.pos()));
        if (d.init() != null) scanExpr(d.init());
      }
    } else if (s instanceof Stmt.Assign a) {
      List<Expr> unpacked = a.targets().size() == 1 ? Exprs.elements(a.targets().get(0)) : null;
      if (unpacked != null && !Exprs.hasStarred(unpacked) && a.value() instanceof Expr.Subscript sub
          && sub.index() instanceof Expr.Slice sl && sl.hi() != null) {
        // `x, y = p[1:3]` takes a C array's or pointer's slice element by element, as a loop does
        // (`a[:]` of an array is the array itself).
        fn.loopIterables.add(a.value());
      }
      for (Expr target : a.targets()) {
        assignTarget(target, new FromExpr(a.value()));
        if (target instanceof Expr.Name n && a.value() instanceof Expr.IntLit lit
            && Checker.intLiteralType(lit) instanceof CType.PyObject) {
          mightOverflow.add(n.id());
        }
      }
      scanExpr(a.value());
    } else if (s instanceof Stmt.AugAssign a) {
      if (a.target() instanceof Expr.Name n) {
        assignTarget(n, new FromAug(n.id(), a.op(), a.value()));
        if (a.op() != BinaryOp.BITAND && a.op() != BinaryOp.BITOR && a.op() != BinaryOp.BITXOR) {
          markOverflow(a.target());
          markOverflow(a.value());
        }
      } else {
        scanExpr(a.target());
      }
      scanExpr(a.value());
    } else if (s instanceof Stmt.ExprStmt e) {
      scanExpr(e.expr());
    } else if (s instanceof Stmt.If i) {
      for (Stmt.Branch b : i.branches()) {
        scanExpr(b.cond());
        collect(b.body(), false);
      }
      collect(i.orElse(), false);
    } else if (s instanceof Stmt.While w) {
      scanExpr(w.cond());
      collect(w.body(), false);
      collect(w.orElse(), false);
    } else if (s instanceof Stmt.For f && f.from() != null) {
      // As Cython infers it: the target takes the first bound, and the first bound plus the step.
      Expr first = Stmt.FromBounds.first(f.iter());
      Expr step = Stmt.FromBounds.step(f.iter());
      assignTarget(f.target(), new FromExpr(first));
      if (step != null) assignTarget(f.target(), new FromExpr(new Expr.BinOp(dev.pyxc.ast.BinaryOp.ADD, first, step, step.pos())));
      scanExpr(f.iter());
      collect(f.body(), false);
      collect(f.orElse(), false);
    } else if (s instanceof Stmt.For f && ParallelLoops.prangeCall(f.iter(), fn.module.cythonNames) != null) {
      // As Cython infers it: the target takes the first two arguments (the stop alone when it is the
      // only one: prange(n) of a short n counts in short), and the start plus the step.
      List<Expr> args = ParallelLoops.positional((Expr.Call) f.iter());
      if (args != null) {
        for (Expr a : args.subList(0, Math.min(2, args.size()))) assignTarget(f.target(), new FromExpr(a));
        if (args.size() == 3) assignTarget(f.target(), new FromExpr(new Expr.BinOp(dev.pyxc.ast.BinaryOp.ADD, args.get(0), args.get(2), f.pos())));
      }
      ((Expr.Call) f.iter()).args().forEach(a -> scanExpr(a.value()));
      collect(f.body(), false);
      collect(f.orElse(), false);
    } else if (s instanceof Stmt.For f) {
      List<Expr> rangeArgs = rangeArgs(f.iter());
      fn.loopIterables.add(f.iter());
      assignTarget(f.target(), rangeArgs != null ? new FromRange(rangeArgs) : new FromIteration(f.iter()));
      scanExpr(f.iter());
      collect(f.body(), false);
      collect(f.orElse(), false);
    } else if (s instanceof Stmt.Return r) {
      if (r.value() != null) scanExpr(r.value());
    } else if (s instanceof Stmt.Raise r) {
      if (r.exc() != null) scanExpr(r.exc());
      r.legacy().forEach(this::scanExpr);
      if (r.cause() != null) scanExpr(r.cause());
    } else if (s instanceof Stmt.With w) {
      for (Stmt.WithItem it : w.items()) {
        scanExpr(it.context());
        if (it.target() != null) assignTarget(it.target(), new FromObject());   // what __enter__ returns
      }
      collect(w.body(), false);
    } else if (s instanceof Stmt.Try t) {
      collect(t.body(), false);
      for (Stmt.Handler h : t.handlers()) {
        if (h.type() != null) scanExpr(h.type());
        if (h.name() != null) bindLocal(h.name(), h.namePos(), new FromObject());
        collect(h.body(), false);
      }
      collect(t.orElse(), false);
      collect(t.finalBody(), false);
    } else if (s instanceof Stmt.Assert a) {
      scanExpr(a.test());
      if (a.msg() != null) scanExpr(a.msg());
    } else if (s instanceof Stmt.Del d) {
      // As in Python, `del x` makes x a local; it can only hold an object (what Cython deletes).
      for (Expr t : d.targets()) {
        if (t instanceof Expr.Name n) bindLocal(n.id(), n.pos(), new FromObject(), false);
        else scanExpr(t);
      }
    } else if (s instanceof Stmt.CImport c) {
      fn.diags.error(c.modulePos(), "cimport only allowed at module level");
    } else if (s instanceof Stmt.FuncDef f) {
      // A function made here: its decorators and defaults run here, its body is checked on its own.
      if (f.isCdef()) {
        fn.diags.error(f.cdef().suite() != null ? f.cdef().suite() : f.pos(), "C function definition not allowed here");
      }
      for (Stmt.Decorator d : f.decorators()) scanExpr(d.expr());
      for (Stmt.Param p : f.params()) if (p.defaultValue() != null) scanExpr(p.defaultValue());
      bindLocal(f.name(), f.pos(), new FromObject(), false);
    } else if (s instanceof Stmt.Nonlocal || s instanceof Stmt.ImportStar) {
      // The names are an enclosing function's (FREE symbols), bound there; `import *` binds globals only.
    } else if (s instanceof Stmt.ComprehensionItem item) {
      scanExpr(item.of().element());
      if (item.of().value() != null) scanExpr(item.of().value());
    } else if (s instanceof Stmt.Break b) { } else if (s instanceof Stmt.Continue c) { } else if (s instanceof Stmt.Pass p) { } else {
      throw new AssertionError(s);
    }
  }

  private void assignTarget(Expr target, Source source) {
    if (target instanceof Expr.Name n) {
      bindLocal(n.id(), n.pos(), source);
    } else if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
      List<Expr> targets = Exprs.elements(target);
      // `a, b = x, y` binds each name to its own value; anything else unpacks objects.
      List<Expr> values = source instanceof FromExpr fe ? Exprs.elements(fe.value()) : null;
      boolean starred = Exprs.hasStarred(targets) || (values != null && Exprs.hasStarred(values));
      for (int i = 0; i < targets.size(); i++) {
        boolean paired = values != null && values.size() == targets.size() && !starred;
        assignTarget(targets.get(i), paired ? new FromExpr(values.get(i))
            : source instanceof FromExpr fe && !starred ? new FromItem(fe.value(), i) : new FromObject());
      }
    } else if (target instanceof Expr.Starred s) {
      // The items left over: a list.
      assignTarget(s.value(), new FromObject());
    } else {
      scanExpr(target);
    }
  }

  private void bindLocal(String name, Pos pos, Source source) {
    bindLocal(name, pos, source, true);
  }

  /** {@code assigns}: the binding is an assignment (not a nested def), which warn.undeclared reports when it declares the name. */
  private void bindLocal(String name, Pos pos, Source source, boolean assigns) {
    boolean moduleName = fn.moduleScope && !dev.pyxc.ast.ComprehensionVariables.isRenamed(name);
    if (moduleName && assigns && !fn.classBody && !fn.module.variables.containsKey(name)) implicitDeclaration(name, pos);
    // In module code and class bodies every name is the namespace's, but a comprehension's own.
    if (moduleName || fn.globals.contains(name)) return;
    Symbol s = fn.symbols.get(name);
    if (s != null && s.kind() == Symbol.Kind.FREE) return;
    if (s == null) {
      if (assigns) implicitDeclaration(name, pos);
      s = new Symbol(name, null, Symbol.Kind.LOCAL, false, pos);
      fn.symbols.put(name, s);
    }
    if (!s.declared()) sources.computeIfAbsent(name, k -> new ArrayList<>()).add(source);
  }

  /** The names warn.undeclared has reported: each once, where it is first bound. */
  private final Set<String> undeclaredReported = new HashSet<>();

  /** Cython's warn.undeclared: a name bound by an assignment without a declaration. */
  private void implicitDeclaration(String name, Pos pos) {
    if (!fn.fnDirectives.get("warn.undeclared") || synthesized() || !undeclaredReported.add(name)) return;
    fn.diags.warning(pos, "implicit declaration of '" + dev.pyxc.ast.ComprehensionVariables.sourceName(name) + "'");
  }

  /** Whether the function is one pyxc writes for a class (its pickling), which the source does not show. */
  private boolean synthesized() {
    if (fn.owner != null && fn.owner.synthesized.contains(fn.def)) return true;
    return fn.module.classes.classes.values().stream().anyMatch(c -> c.unpickle == fn.def);
  }

  /** Finds walrus targets and marks names used in arithmetic that might overflow. */
  private void scanExpr(Expr e) {
    scan(e, false);
  }

  private void scan(Expr e, boolean dangerous) {
    if (e instanceof Expr.Name n) {
      if (dangerous) mightOverflow.add(n.id());
    } else if (e instanceof Expr.NamedExpr ne) {
      bindLocal(ne.target().id(), ne.target().pos(), new FromExpr(ne.value()));
      if (dangerous) mightOverflow.add(ne.target().id());
      scan(ne.value(), dangerous);
    } else if (e instanceof Expr.BinOp b) {
      boolean d = b.op() != BinaryOp.BITAND && b.op() != BinaryOp.BITOR && b.op() != BinaryOp.BITXOR;
      scan(b.left(), dangerous || d);
      scan(b.right(), dangerous || d);
    } else if (e instanceof Expr.UnaryOp u) {
      scan(u.operand(), dangerous || u.op() == UnaryOperator.NEG);
    } else if (e instanceof Expr.Comprehension c && fn.isGeneratorFunction(c)) {
      scanExpr(c.clauses().get(0).iter());
    } else if (e instanceof Expr.Comprehension c) {
      collect(fn.comprehension(c).loop(), false);
    } else if (e instanceof Expr.Call c) {
      consumedGenerator(c);
      boolean d = "abs".equals(fn.calls.builtinCallee(c));
      scan(c.func(), false);
      for (Expr.Arg a : c.args()) scan(a.value(), d);
    } else {
      Exprs.children(e).forEach(x -> scan(x, false));
    }
  }

  /**
   * The builtins that take every item of a generator expression given as their first argument,
   * and how it is compiled for them: {@code any()}/{@code all()} as loops that stop at the answer,
   * {@code set()}/{@code frozenset()} over a set, the others over a list of the items.
   */
  private void consumedGenerator(Expr.Call c) {
    ComprehensionLoop.Mode mode = ComprehensionLoop.consumer(c);
    if (mode == null) return;
    // A local or module name of the same name is not the builtin.
    if (c.func() instanceof Expr.Name n && (fn.symbols.containsKey(n.id()) || fn.module.moduleNames.contains(n.id()))) return;
    fn.consumers.put((Expr.Comprehension) c.args().get(0).value(), mode);
  }

  private void markOverflow(Expr e) {
    scan(e, true);
  }

  /** The arguments of {@code range(...)} when a for loop iterates over the builtin range ({@code xrange}, Python 2's name, too). */
  List<Expr> rangeArgs(Expr iter) {
    if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && (n.id().equals("range") || n.id().equals("xrange"))
        && !fn.symbols.containsKey(n.id()) && !fn.module.moduleNames.contains(n.id())
        && c.args().size() >= 1 && c.args().size() <= 3 && c.args().stream().allMatch(a -> a.keyword() == null && !a.starred())) {
      return c.args().stream().map(Expr.Arg::value).toList();
    }
    return null;
  }

  void infer() {
    for (String name : sources.keySet()) inferred.put(name, null);
    boolean changed = true;
    for (int round = 0; changed && round < 4 * (sources.size() + 2); round++) {
      changed = false;
      for (Map.Entry<String, List<Source>> e : sources.entrySet()) {
        CType t = null;
        for (Source s : e.getValue()) {
          CType st = sourceType(s);
          if (st == null) continue;
          t = t == null ? st : Types.spanning(t, st);
        }
        if (t == null) continue;
        Boolean mode = fn.fnDirectives.inferTypes();
        if (Boolean.FALSE.equals(mode)) t = CType.OBJECT;
        else if (mode == null) t = safe(t, mightOverflow.contains(e.getKey()));
        CType old = inferred.get(e.getKey());
        CType merged = old == null ? t : Types.spanning(old, t);
        if (!merged.equals(old)) {
          inferred.put(e.getKey(), merged);
          changed = true;
        }
      }
    }
    for (Map.Entry<String, CType> e : inferred.entrySet()) {
      CType t = e.getValue() == null || fn.closure.assignedInside.contains(e.getKey()) ? CType.OBJECT : e.getValue();
      // Extension types and builtin types are kept, as Cython 3 infers them.
      Symbol s = fn.symbols.get(e.getKey());
      fn.symbols.put(e.getKey(), s.withType(t));
      dev.pyxc.ast.TypeRef spelled = t instanceof CType.PyObject ? null : spelledAs(sources.get(e.getKey()), t);
      if (spelled != null) fn.writtenTypes.put(e.getKey(), spelled);
    }
    for (Map.Entry<String, Symbol> e : fn.symbols.entrySet()) {
      if (e.getValue().type() == null) fn.symbols.put(e.getKey(), e.getValue().withType(CType.OBJECT));
    }
  }

  /**
   * The declared type a local inferred as {@code t} is written as for cython.typeof: that of the
   * variables it takes its values from (`n = count`, `for i in range(count)`), when every value is
   * one of them, each of type {@code t} and written with the same ctypedef name (Cython's inferred
   * type is theirs, typedef and all); else null, and it is named by its type.
   */
  private dev.pyxc.ast.TypeRef spelledAs(List<Source> from, CType t) {
    dev.pyxc.ast.TypeRef written = null;
    String spelling = null;
    for (Source s : from) {
      List<Expr> values = s instanceof FromExpr f ? List.of(f.value()) : s instanceof FromRange r ? r.args() : null;
      if (values == null) return null;
      for (Expr v : values) {
        if (!(v instanceof Expr.Name n) || !fn.writtenTypes.containsKey(n.id()) || fn.symbols.get(n.id()) == null
            || !t.equals(fn.symbols.get(n.id()).type())) {
          return null;
        }
        String named = CythonCalls.typedefSpelling(fn, fn.writtenTypes.get(n.id()), t);
        if (named == null || spelling != null && !spelling.equals(named)) return null;
        spelling = named;
        written = fn.writtenTypes.get(n.id());
      }
    }
    return written;
  }

  /** Cython's safe_spanning_type: keep a C type only where Python semantics cannot change. */
  private static CType safe(CType t, boolean mightOverflow) {
    if (t instanceof CType.PyObject || t instanceof CType.CFloat || t instanceof CType.BInt || t instanceof CType.MemView
        || t instanceof CType.CComplex c && c.real() instanceof CType.CFloat) {
      return t;
    }
    if (t instanceof CType.CInt && !mightOverflow) return t;
    // Pointers are inferred as they are (an array read as a value is its first element's address).
    if (t instanceof CType.Pointer || t instanceof CType.Struct) return t;
    if (t instanceof CType.CArray a) return a.decayed();
    return Types.pythonEquivalent(t);
  }

  private CType sourceType(Source s) {
    if (s instanceof FromExpr fe) {
      CType t = fn.type(fe.value());
      // Cython infers a view's subscript only from slices and C integers: with an ellipsis, a
      // None or a Python object in it, the variable is an object (the view's Python object).
      if (fe.value() instanceof Expr.Subscript sub && fn.type(sub.obj()) instanceof CType.MemView) {
        List<Expr> items = sub.index() instanceof Expr.TupleExpr tup ? tup.elts() : List.of(sub.index());
        for (Expr x : items) {
          if (!(x instanceof Expr.Slice) && !(fn.type(x) instanceof CType.CInt)) return t == null ? null : CType.OBJECT;
        }
      }
      return t;
    } else if (s instanceof FromObject fo) {
      return CType.OBJECT;
    } else if (s instanceof FromItem fi) {
      CType t = fn.type(fi.value());
      if (t == null) return null;
      List<CType> items = CTuples.is(t) ? ((CType.Struct) t).type().items() : null;
      return items != null && fi.index() < items.size() ? items.get(fi.index()) : CType.OBJECT;
    } else if (s instanceof FromIteration fi) {
      CType t = fn.type(fi.iterable());
      if (t == null) return null;
      if (t instanceof CType.MemView mv && mv.ndim() == 1) return mv.dtype();
      // A C loop over an array, or over a pointer's slice (typed as the pointer; see SubscriptChecks).
      // A char pointer's slice gives its bytes, unsigned as bytes give them (Cython infers unsigned char).
      if (fi.iterable() instanceof Expr.Subscript sub && sub.index() instanceof Expr.Slice && CPointers.holdsChars(fn.type(sub.obj()))) {
        return new CType.CInt(CType.IntKind.UCHAR);
      }
      if (t instanceof CType.CArray || t instanceof CType.Pointer) return CPointers.element(t);
      // A str gives its characters as Py_UCS4, bytes and bytearray their bytes as unsigned chars, as Cython infers them.
      // (so does a slice of one: the items of what the slice gives are converted from it)
      if (fi.iterable() instanceof Expr.Subscript sub && sub.index() instanceof Expr.Slice) t = fn.type(sub.obj());
      CType item = t == null ? null : Types.itemInC(t, CType.SSIZE_T);
      if (item != null) return item;
      return literalElements(fi.iterable());
    } else if (s instanceof FromRange fr) {
      CType t = null;
      for (Expr a : fr.args()) {
        CType at = fn.type(a);
        if (at == null) return null;
        if (!(at instanceof CType.CInt) && !(at instanceof CType.BInt)) return CType.OBJECT;
        t = t == null ? at : Types.widest(t, at);
      }
      return t instanceof CType.BInt ? CType.LONG : t;
    } else if (s instanceof FromAug fa) {
      CType lt = localType(fa.name());
      CType rt = fn.type(fa.value());
      return lt == null || rt == null ? null : fn.expressions.binaryType(fa.op(), lt, rt, null);
    } else {
      throw new AssertionError(s);
    }
  }

  /**
   * A list or tuple display of numeric or boolean literals all of one C type is, to Cython, a C
   * array of that type: its loop variable takes the type (so {@code 1 / x} over {@code [1.0, 0.0]}
   * is a C division). Anything else, C variables included, gives objects.
   */
  private CType literalElements(Expr iterable) {
    if (!(iterable instanceof Expr.ListExpr || iterable instanceof Expr.TupleExpr)) return CType.OBJECT;
    List<Expr> items = Exprs.elements(iterable);
    if (items.isEmpty() || Exprs.hasStarred(items)) return CType.OBJECT;
    CType common = null;
    for (Expr e : items) {
      Expr literal = e instanceof Expr.UnaryOp u && u.op() != dev.pyxc.ast.UnaryOperator.INVERT ? u.operand() : e;
      if (!(literal instanceof Expr.IntLit || literal instanceof Expr.FloatLit || literal instanceof Expr.BoolLit)) return CType.OBJECT;
      CType t = fn.type(e);
      if (t == null) return null;
      if (!(t instanceof CType.CInt || t instanceof CType.CFloat || t instanceof CType.BInt) || (common != null && !common.equals(t))) {
        return CType.OBJECT;
      }
      common = t;
    }
    return common;
  }

  CType localType(String name) {
    Symbol s = fn.symbols.get(name);
    if (s == null) return null;
    if (s.type() != null) return s.type();
    return inferred.get(name);
  }
}
