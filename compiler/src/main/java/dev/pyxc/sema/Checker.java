package dev.pyxc.sema;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import dev.pyxc.diag.Suggestions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sema: resolves names and types, infers the types of untyped locals the way Cython's default
 * ("safe") inference does, and checks every statement, reporting all errors of the file.
 *
 * <p>Inference is a fixpoint over each local's assignments: the spanning type of everything
 * assigned, kept as a C type only where that cannot change Python semantics (doubles, bints,
 * and C integers that never take part in arithmetic that could overflow); otherwise the local
 * is a Python object.
 */
public final class Checker {
  private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private final Diagnostics diags;
  private final Directives directives;
  private final Set<String> moduleNames = new LinkedHashSet<>();
  private final CythonNames cythonNames = new CythonNames();
  private final Map<String, CFunction> cfunctions = new LinkedHashMap<>();

  private Checker(Diagnostics diags, Directives directives) {
    this.diags = diags;
    this.directives = directives;
  }

  public static ModuleInfo check(Module module, Directives directives, Diagnostics diags) {
    Checker c = new Checker(diags, directives);
    List<FunctionInfo> functions = new ArrayList<>();
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.FuncDef f && !f.isCdef()) {
        c.moduleNames.add(f.name());
      } else if (s instanceof Stmt.CImport ci) {
        c.cythonNames.add(ci, diags);
      }
    }
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.FuncDef f && f.isCdef()) c.declareCFunction(f);
    }
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.FuncDef f && f.isCdef() && f.cdef().cpdef()) c.moduleNames.add(f.name());
    }
    ModuleGlobals.topLevel(module.body(), c.moduleNames);
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.FuncDef f) ModuleGlobals.declaredGlobal(f.body(), c.moduleNames);
    }
    List<Stmt> top = new ArrayList<>();
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.FuncDef f) {
        functions.add(new FunctionChecker(c, f, false).run());
        if (f.isCdef() && f.cdef().cpdef()) functions.add(new FunctionChecker(c, CSignatures.cpdefWrapper(f), false).run());
      } else if (!(s instanceof Stmt.CImport)) {
        top.add(s);
      }
    }
    if (!top.isEmpty()) {
      // The top-level statements run at import as one function whose names are all globals.
      Stmt.FuncDef body = new Stmt.FuncDef(Stmt.FuncDef.MODULE_BODY, List.of(), null, null, List.copyOf(top), List.of(), null,
          top.get(0).pos());
      functions.add(new FunctionChecker(c, body, true).run());
    }
    return new ModuleInfo(module, List.copyOf(functions), java.util.Collections.unmodifiableSet(new LinkedHashSet<>(c.moduleNames)),
        directives, java.util.Collections.unmodifiableMap(c.cfunctions));
  }

  /** Records a cdef function's signature so that every function may call it (or itself). */
  private void declareCFunction(Stmt.FuncDef f) {
    if (cfunctions.containsKey(f.name()) || moduleNames.contains(f.name())) {
      diags.error(f.pos(), "'" + f.name() + "' redeclared ");
      return;
    }
    cfunctions.put(f.name(), CSignatures.of(f, this::resolve, diags));
  }

  /** The literal's C type as Cython picks it: C long within 32 bits, else a Python int. */
  static CType intLiteralType(BigInteger v) {
    return v.compareTo(INT32_MIN) >= 0 && v.compareTo(INT32_MAX) <= 0 ? CType.LONG : CType.pyBuiltin("int");
  }

  /** Resolves a written type; reports Cython's message when unknown. */
  CType resolve(TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      CType t = Types.named(n.name());
      if (t == null) {
        diags.error(n.pos(), "'" + n.name() + "' is not a type identifier");
        return CType.OBJECT;
    }
      return t;
    } else if (ref instanceof TypeRef.MemoryView mv) {
      CType dtype = Types.named(mv.dtype().name());
      if (dtype == null) {
        diags.error(mv.dtype().pos(), "'" + mv.dtype().name() + "' is not a type identifier");
        return CType.OBJECT;
      }
      if (!Types.isBufferDtype(dtype)) {
        diags.error(mv.dtype().pos(), "'" + dtype.name() + "[:]' memoryviews are not supported by pyxc");
        return CType.OBJECT;
      }
      List<CType.Packing> packing = new ViewAxes(diags, cythonNames).packing(mv);
      if (packing == null) return CType.OBJECT;
      return new CType.MemView(dtype, mv.axes().size(), packing, mv.isConst());
    } else {
      throw new AssertionError(ref);
    }
  }

  /** Checks one function body. */
  private static final class FunctionChecker {
    private final Checker outer;
    private final Diagnostics diags;
    private final Stmt.FuncDef def;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    /** Locals and parameters whose value is read somewhere (for the unused warnings). */
    private final Set<String> read = new HashSet<>();
    private final List<Symbol> params = new ArrayList<>();
    /** For each untyped local: every way it gets a value, for inference. */
    private final Map<String, List<Source>> sources = new LinkedHashMap<>();
    private final Set<String> mightOverflow = new HashSet<>();
    private final Map<String, CType> inferred = new LinkedHashMap<>();
    private final IdentityHashMap<Expr, CType> types = new IdentityHashMap<>();
    private final IdentityHashMap<Stmt.For, CType> rangeLoops = new IdentityHashMap<>();
    private final IdentityHashMap<Stmt.With, Directives> withDirectives = new IdentityHashMap<>();
    private final IdentityHashMap<Expr, String> libcMath = new IdentityHashMap<>();
    /** The function's directives (header, -X, decorators), and those of the block being checked. */
    private Directives fnDirectives;
    private Directives current;
    /** Checking the module's top-level statements: every name is a module global. */
    private final boolean moduleScope;
    /** Names this function declares {@code global}. */
    private final Set<String> globals = new HashSet<>();
    /** OBJECT for a def; a cdef function's declared return type (VOID for void). */
    private CType returnType = CType.OBJECT;
    private boolean recording;
    private int loopDepth;

    /** One assignment to an untyped local: its value, or the element type of a loop. */
    private sealed interface Source {}

    private record FromExpr(Expr value) implements Source {}

    private record FromRange(List<Expr> args) implements Source {}

    private record FromAug(String name, BinaryOp op, Expr value) implements Source {}

    private record FromObject() implements Source {}

    /** The items of a for loop over an iterable: a 1-D view's element type, else an object. */
    private record FromIteration(Expr iterable) implements Source {}

    FunctionChecker(Checker outer, Stmt.FuncDef def, boolean moduleScope) {
      this.outer = outer;
      this.diags = outer.diags;
      this.def = def;
      this.moduleScope = moduleScope;
    }

    FunctionInfo run() {
      for (Stmt.Param p : def.params()) {
        CType t = p.type() == null ? CType.OBJECT : outer.resolve(p.type());
        if (symbols.containsKey(p.name())) {
          diags.error(p.pos(), "duplicate argument '" + p.name() + "' in function definition");
          continue;
        }
        if ((p.notNone() || p.orNone()) && !((t instanceof CType.PyObject || t instanceof CType.MemView) && p.type() != null)) {
          diags.error(p.pos(), "'" + (p.notNone() ? "not" : "or") + " None' only allowed in Python functions with typed object arguments");
        }
        Symbol s = new Symbol(p.name(), t, Symbol.Kind.PARAM, true, p.pos());
        symbols.put(p.name(), s);
        params.add(s);
      }
      if (def.returnType() != null && !def.isCdef()) {
        diags.error(def.returnType().pos(), "return type annotations on 'def' functions are not supported by pyxc");
      }
      CFunction self = def.isCdef() ? outer.cfunctions.get(def.name()) : null;
      returnType = self != null ? self.returnType() : CType.OBJECT;
      fnDirectives = outer.directives.copy();
      for (Stmt.Decorator d : def.decorators()) {
        if (!DirectiveUses.apply(d.expr(), DirectiveUses.Scope.FUNCTION, d.pos(), outer.cythonNames, fnDirectives, diags)) {
          Expr root = d.expr() instanceof Expr.Call c ? c.func() : d.expr();
          while (root instanceof Expr.Attribute a) root = a.obj();
          if (root instanceof Expr.Name n && !outer.moduleNames.contains(n.id()) && !Builtins.NAMES.contains(n.id())) {
            diags.error(n.pos(), "undeclared name not builtin: " + n.id());
          } else {
            diags.error(d.expr().pos(), "decorators other than compiler directives are not supported by pyxc");
          }
        }
      }
      current = fnDirectives;
      if (!moduleScope) ModuleGlobals.declaredGlobal(def.body(), globals);
      collect(def.body(), true);
      infer();
      recording = true;
      for (Stmt.Param p : def.params()) {
        if (p.defaultValue() != null) checkDefault(p);
      }
      checkBlock(def.body());
      if (!moduleScope) AssignmentFlow.check(def.body(), symbols, fnDirectives.get("warn.maybe_uninitialized"), diags);
      warnUnused();
      // Declaration order, not Map.copyOf's per-run order: the C must be the same on every run.
      return new FunctionInfo(def, List.copyOf(params), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(symbols)),
          types, rangeLoops, fnDirectives, withDirectives, returnType, libcMath);
    }

    // ---- collection: declarations and assignments ----

    private void collect(List<Stmt> body, boolean topLevel) {
      for (Stmt s : body) collect(s, topLevel);
    }

    private void collect(Stmt s, boolean topLevel) {
      if (s instanceof Stmt.CDef c && moduleScope) {
        diags.error(c.pos(), "module-level cdef variables are not supported by pyxc");
      } else if (s instanceof Stmt.Return r && moduleScope) {
        diags.error(r.pos(), "Return not inside a function body");
      } else if (s instanceof Stmt.Import || s instanceof Stmt.Global) {
        if (s instanceof Stmt.Import i) {
          for (Stmt.Alias a : i.names()) {
            bindLocal(i.bound(a), a.pos(), new FromObject());
          }
        }
      } else if (s instanceof Stmt.CDef c) {
        if (!topLevel) {
          diags.error(c.type().pos(), "cdef statement not allowed here");
      }
        CType t = outer.resolve(c.type());
        for (Stmt.Declarator d : c.names()) {
          Symbol prev = symbols.get(d.name());
          if (prev != null && (prev.declared() || prev.kind() == Symbol.Kind.PARAM)) {
            diags.error(d.pos(), "'" + d.name() + "' redeclared ");
            diags.error(prev.pos(), "Previous declaration is here");
            continue;
          }
          if (prev != null) {
            diags.error(d.pos(), "cdef variable '" + d.name() + "' declared after it is used");
          }
          symbols.put(d.name(), new Symbol(d.name(), t, Symbol.Kind.LOCAL, true, d.pos()));
          if (d.init() != null) scanExpr(d.init());
      }
      } else if (s instanceof Stmt.Assign a) {
        for (Expr target : a.targets()) {
          assignTarget(target, new FromExpr(a.value()));
          if (target instanceof Expr.Name n && a.value() instanceof Expr.IntLit lit
              && intLiteralType(lit.value()) instanceof CType.PyObject) {
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
      } else if (s instanceof Stmt.For f) {
        List<Expr> rangeArgs = rangeArgs(f.iter());
        assignTarget(f.target(), rangeArgs != null ? new FromRange(rangeArgs) : new FromIteration(f.iter()));
        scanExpr(f.iter());
        collect(f.body(), false);
        collect(f.orElse(), false);
      } else if (s instanceof Stmt.Return r) {
        if (r.value() != null) scanExpr(r.value());
      } else if (s instanceof Stmt.Raise r) {
        if (r.exc() != null) scanExpr(r.exc());
        if (r.cause() != null) scanExpr(r.cause());
      } else if (s instanceof Stmt.With w) {
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
      } else if (s instanceof Stmt.CImport c) {
        diags.error(c.modulePos(), "cimport only allowed at module level");
      } else if (s instanceof Stmt.FuncDef f) {
        diags.error(f.pos(), "nested functions are not supported by pyxc");
        bindLocal(f.name(), f.pos(), new FromObject());
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
        for (int i = 0; i < targets.size(); i++) {
          boolean paired = values != null && values.size() == targets.size();
          assignTarget(targets.get(i), paired ? new FromExpr(values.get(i)) : new FromObject());
        }
      } else {
        scanExpr(target);
      }
    }

    /**
     * Cython's {@code warn.unused} and {@code warn.unused_arg} (the first is part of
     * {@code -Wextra}): names bound and never read, except {@code _} and names starting with
     * {@code unused}, which say so on purpose.
     */
    private void warnUnused() {
      for (Symbol s : symbols.values()) {
        if (read.contains(s.name()) || s.name().equals("_") || s.name().startsWith("unused")) continue;
        if (s.kind() == Symbol.Kind.PARAM && fnDirectives.get("warn.unused_arg")) {
          diags.warning(s.pos(), "Unused argument '" + s.name() + "'");
        } else if (s.kind() == Symbol.Kind.LOCAL && fnDirectives.get("warn.unused")) {
          diags.warning(s.pos(), "Unused entry '" + s.name() + "'");
        }
      }
    }

    private void bindLocal(String name, Pos pos, Source source) {
      if (moduleScope || globals.contains(name)) return;
      Symbol s = symbols.get(name);
      if (s == null) {
        s = new Symbol(name, null, Symbol.Kind.LOCAL, false, pos);
        symbols.put(name, s);
      }
      if (!s.declared()) sources.computeIfAbsent(name, k -> new ArrayList<>()).add(source);
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
      } else if (e instanceof Expr.Call c) {
        boolean d = c.func() instanceof Expr.Name n && n.id().equals("abs");
        scan(c.func(), false);
        for (Expr.Arg a : c.args()) scan(a.value(), d);
      } else {
        Exprs.children(e).forEach(x -> scan(x, false));
      }
    }

    private void markOverflow(Expr e) {
      scan(e, true);
    }

    /** The arguments of {@code range(...)} when a for loop iterates over the builtin range. */
    private List<Expr> rangeArgs(Expr iter) {
      if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
          && !symbols.containsKey("range") && !outer.moduleNames.contains("range")
          && c.args().size() >= 1 && c.args().size() <= 3 && c.args().stream().allMatch(a -> a.keyword() == null)) {
        return c.args().stream().map(Expr.Arg::value).toList();
      }
      return null;
    }

    // ---- inference ----

    private void infer() {
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
          Boolean mode = fnDirectives.inferTypes();
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
        CType t = e.getValue() == null ? CType.OBJECT : e.getValue();
        if (t instanceof CType.PyObject) t = CType.OBJECT;
        Symbol s = symbols.get(e.getKey());
        symbols.put(e.getKey(), s.withType(t));
      }
      for (Map.Entry<String, Symbol> e : symbols.entrySet()) {
        if (e.getValue().type() == null) symbols.put(e.getKey(), e.getValue().withType(CType.OBJECT));
      }
    }

    /** Cython's safe_spanning_type: keep a C type only where Python semantics cannot change. */
    private static CType safe(CType t, boolean mightOverflow) {
      if (t instanceof CType.PyObject || t instanceof CType.CFloat || t instanceof CType.BInt || t instanceof CType.MemView) {
        return t;
      }
      if (t instanceof CType.CInt && !mightOverflow) return t;
      return Types.pythonEquivalent(t);
    }

    private CType sourceType(Source s) {
      if (s instanceof FromExpr fe) {
        return type(fe.value());
      } else if (s instanceof FromObject fo) {
        return CType.OBJECT;
      } else if (s instanceof FromIteration fi) {
        CType t = type(fi.iterable());
        if (t == null) return null;
        return t instanceof CType.MemView mv && mv.ndim() == 1 ? mv.dtype() : CType.OBJECT;
      } else if (s instanceof FromRange fr) {
        CType t = null;
        for (Expr a : fr.args()) {
          CType at = type(a);
          if (at == null) return null;
          if (!(at instanceof CType.CInt) && !(at instanceof CType.BInt)) return CType.OBJECT;
          t = t == null ? at : Types.widest(t, at);
      }
        return t instanceof CType.BInt ? CType.LONG : t;
      } else if (s instanceof FromAug fa) {
        CType lt = localType(fa.name());
        CType rt = type(fa.value());
        return lt == null || rt == null ? null : binaryType(fa.op(), lt, rt, null);
      } else {
        throw new AssertionError(s);
      }
    }

    private CType localType(String name) {
      Symbol s = symbols.get(name);
      if (s == null) return null;
      if (s.type() != null) return s.type();
      return inferred.get(name);
    }

    // ---- checking ----

    private void checkDefault(Stmt.Param p) {
      Expr d = p.defaultValue();
      boolean constant = d instanceof Expr.IntLit || d instanceof Expr.FloatLit || d instanceof Expr.StrLit
          || d instanceof Expr.BytesLit || d instanceof Expr.BoolLit || d instanceof Expr.NoneLit
          || (d instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NEG
              && (u.operand() instanceof Expr.IntLit || u.operand() instanceof Expr.FloatLit));
      if (!constant) {
        diags.error(d.pos(), "only literal default values are supported by pyxc");
        return;
      }
      CType t = type(d);
      Symbol s = symbols.get(p.name());
      if (s.type() instanceof CType.MemView) {
        if (!(d instanceof Expr.NoneLit)) diags.error(d.pos(), "Cannot assign type '" + t.name() + "' to '" + s.type().name() + "'");
        return;
      }
      if (!(s.type() instanceof CType.PyObject) && !Types.isCNumeric(t)) {
        diags.error(d.pos(), "Cannot assign type '" + (d instanceof Expr.NoneLit ? "None" : t.name()) + "' to '" + s.type().name() + "'");
        return;
      }
      if (s.type() instanceof CType.CInt && t instanceof CType.CFloat) {
        // Cython reports the default and the parameter.
        diags.error(d.pos(), "Cannot assign type '" + t.name() + "' to '" + s.type().name() + "'");
        diags.error(p.pos(), "Cannot assign type '" + t.name() + "' to '" + s.type().name() + "'");
      }
    }

    private void checkBlock(List<Stmt> body) {
      for (int i = 0; i < body.size(); i++) {
        checkStmt(body.get(i));
        if (i + 1 < body.size() && Reachability.endsControl(body.get(i)) && current.get("warn.unreachable")) {
          diags.warning(Reachability.warningPos(body.get(i + 1)), "Unreachable code");
        }
      }
    }

    private void checkStmt(Stmt s) {
      if (s instanceof Stmt.ExprStmt e) {
        type(e.expr());
      } else if (s instanceof Stmt.Assign a) {
        CType vt = type(a.value());
        for (Expr t : a.targets()) {
          if (a.targets().size() == 1) checkAssignment(t, a.value(), vt);
          else checkTarget(t, vt, a.value().pos());
        }
      } else if (s instanceof Stmt.AugAssign a) {
        CType tt = type(a.target());
        if (a.target() instanceof Expr.Subscript sub && types.get(sub.obj()) instanceof CType.MemView
            && a.op() == BinaryOp.POW) {
          diags.error(sub.pos(), "No C inplace power operator");
        }
        if (a.target() instanceof Expr.Subscript sub && types.get(sub.obj()) instanceof CType.MemView
            && tt instanceof CType.CInt && (a.op() == BinaryOp.FLOORDIV || a.op() == BinaryOp.MOD)
            && !current.get("cdivision")) {
          diags.error(sub.pos(), "In-place non-c divide operators not allowed on int buffers.");
        }
        CType vt = type(a.value());
        if (tt != null && vt != null) {
          CType rt = binaryType(a.op(), tt, vt, s.pos());
          if (rt != null && a.target() instanceof Expr.Name) checkAssignable(rt, tt, a.value().pos());
      }
      } else if (s instanceof Stmt.CDef c) {
        for (Stmt.Declarator d : c.names()) {
          if (d.init() == null) continue;
          CType vt = type(d.init());
          Symbol sym = symbols.get(d.name());
          if (sym != null) checkAssignable(vt, sym.type(), d.init().pos());
      }
      } else if (s instanceof Stmt.If i) {
        for (Stmt.Branch b : i.branches()) {
          condition(b.cond());
          checkBlock(b.body());
      }
        checkBlock(i.orElse());
      } else if (s instanceof Stmt.While w) {
        condition(w.cond());
        loopDepth++;
        checkBlock(w.body());
        loopDepth--;
        checkBlock(w.orElse());
      } else if (s instanceof Stmt.For f) {
        checkFor(f);
      } else if (s instanceof Stmt.Break b) {
        if (loopDepth == 0) diags.error(b.pos(), "break statement not inside loop");
      } else if (s instanceof Stmt.Continue c) {
        if (loopDepth == 0) diags.error(c.pos(), "continue statement not inside loop");
      } else if (s instanceof Stmt.Pass p) { } else if (s instanceof Stmt.Return r) {
        if (r.value() != null && returnType instanceof CType.Void) {
          type(r.value());
          diags.error(r.value().pos(), "Return with value in void function");
        } else if (r.value() != null) {
          CType t = type(r.value());
          if (t instanceof CType.Void) diags.error(r.value().pos(), "Cannot convert 'void' to Python object");
          else if (!(returnType instanceof CType.PyObject)) checkAssignable(t, returnType, r.value().pos());
      }
      } else if (s instanceof Stmt.Raise r) {
        if (r.exc() != null) toObject(r.exc());
        if (r.cause() != null) toObject(r.cause());
      } else if (s instanceof Stmt.Try t) {
        checkBlock(t.body());
        for (Stmt.Handler h : t.handlers()) {
          if (h.type() != null) toObject(h.type());
          checkBlock(h.body());
        }
        checkBlock(t.orElse());
        checkBlock(t.finalBody());
      } else if (s instanceof Stmt.Assert a) {
        condition(a.test());
        if (a.msg() != null) toObject(a.msg());
      } else if (s instanceof Stmt.With w) {
        Directives inner = current.copy();
        for (Stmt.WithItem it : w.items()) {
          if (it.target() != null) {
            DirectiveUses.rejectTarget(it.context(), it.pos(), outer.cythonNames, diags);
          } else if (!DirectiveUses.apply(it.context(), DirectiveUses.Scope.WITH, it.pos(), outer.cythonNames, inner, diags)) {
            diags.error(it.pos(), "'with' statements other than compiler directives are not supported by pyxc");
          }
        }
        withDirectives.put(w, inner);
        Directives saved = current;
        current = inner;
        checkBlock(w.body());
        current = saved;
      } else if (s instanceof Stmt.FuncDef || s instanceof Stmt.CImport || s instanceof Stmt.Import || s instanceof Stmt.Global) {
      } else {
        throw new AssertionError(s);
      }
    }

    private void checkFor(Stmt.For f) {
      List<Expr> args = rangeArgs(f.iter());
      CType targetType = f.target() instanceof Expr.Name n ? localType(n.id()) : null;
      if (args != null && targetType != null) {
        CType loopType = null;
        boolean allC = true;
        for (Expr a : args) {
          CType at = type(a);
          if (at == null) continue;
          if (at instanceof CType.CInt || at instanceof CType.BInt) {
            loopType = loopType == null ? at : Types.widest(loopType, at);
          } else if (at instanceof CType.CFloat) {
            diags.error(a.pos(), "Cannot assign type '" + at.name() + "' to '" + (targetType instanceof CType.CInt ? targetType.name() : "long") + "'");
            allC = false;
          } else {
            allC = false;
          }
        }
        if (targetType instanceof CType.CInt ci) {
          rangeLoops.put(f, ci);
        } else if (targetType instanceof CType.CFloat) {
          diags.error(f.target().pos(), "Cannot assign type 'long' to '" + targetType.name() + "' in a range loop; use a C integer loop variable");
        } else if (allC && loopType != null) {
          rangeLoops.put(f, loopType instanceof CType.BInt ? CType.LONG : loopType);
        }
        if (!rangeLoops.containsKey(f)) type(f.iter());
      } else if (type(f.iter()) instanceof CType.MemView mv && mv.ndim() == 1) {
        // As in Cython, a loop over a 1-D view runs in C over its elements.
        if (targetType != null) checkAssignable(mv.dtype(), targetType, f.target().pos());
      } else {
        toObject(f.iter());
      }
      typeTarget(f.target());
      loopDepth++;
      checkBlock(f.body());
      loopDepth--;
      checkBlock(f.orElse());
    }

    /** Types an assignment target: the names it binds are stored to, not read. */
    private CType typeTarget(Expr target) {
      Set<String> before = new HashSet<>(read);
      CType t = type(target);
      List<Expr> bound = target instanceof Expr.Name ? List.of(target) : Exprs.elements(target);
      for (Expr e : bound == null ? List.<Expr>of() : bound) {
        if (e instanceof Expr.Name n && !before.contains(n.id())) read.remove(n.id());
      }
      return t;
    }

    private void condition(Expr e) {
      CType t = type(e);
      if (t instanceof CType.Void) diags.error(e.pos(), "Cannot convert 'void' to 'bint'");
      if (t instanceof CType.MemView) diags.error(e.pos(), "Type '" + t.name() + "' not acceptable as a boolean");
    }

    private void toObject(Expr e) {
      CType t = type(e);
      if (t instanceof CType.Void) diags.error(e.pos(), "Cannot convert 'void' to Python object");
    }

    private void checkTarget(Expr target, CType valueType, Pos valuePos) {
      if (target instanceof Expr.Name n) {
        CType tt = typeTarget(n);
        if (tt != null && valueType != null) checkAssignable(valueType, tt, valuePos);
      } else if (target instanceof Expr.Subscript s) {
        CType elem = type(s);
        CType objType = types.get(s.obj());
        if (objType instanceof CType.MemView mv) {
          if (mv.isConst()) diags.error(s.pos(), "Assignment to const dereference");
          if (elem instanceof CType.MemView part) {
            // Slice assignment: a view is copied; anything else (an object too, as in Cython) is
            // one element broadcast.
            if (valueType instanceof CType.MemView) checkAssignable(valueType, part, valuePos);
            else if (valueType != null) checkAssignable(valueType, part.dtype(), valuePos);
          } else if (valueType != null) {
            checkAssignable(valueType, elem, valuePos);
          }
        } else if (valueType != null) {
          checkAssignable(valueType, CType.OBJECT, valuePos);
        }
      } else if (target instanceof Expr.Attribute a) {
        type(a);
        if (valueType != null) checkAssignable(valueType, CType.OBJECT, valuePos);
      } else if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
        // Each item is an object taken from the value (a literal tuple was checked item by item).
        for (Expr t : Exprs.elements(target)) checkTarget(t, CType.OBJECT, valuePos);
      }
    }

    /** {@code a, b = x, y}: each target against its own value, as the IR assigns them. */
    private void checkAssignment(Expr target, Expr value, CType valueType) {
      List<Expr> targets = Exprs.elements(target);
      List<Expr> values = Exprs.elements(value);
      if (targets != null && values != null && targets.size() == values.size()) {
        for (int i = 0; i < targets.size(); i++) checkAssignment(targets.get(i), values.get(i), types.get(values.get(i)));
      } else {
        checkTarget(target, valueType, value.pos());
      }
    }

    /** Cython's assignment rules: C floats never silently become C integers; views must conform. */
    private void checkAssignable(CType from, CType to, Pos pos) {
      if (from == null || to == null) return;
      if (from instanceof CType.Void) {
        diags.error(pos, "Cannot assign type 'void' to '" + to.name() + "'");
      } else if (to instanceof CType.MemView tv && from instanceof CType.MemView fv) {
        if (!tv.dtype().equals(fv.dtype())) {
          diags.error(pos, "Different base types for memoryviews (" + fv.dtype().name() + ", " + tv.dtype().name() + ")");
        } else if (!tv.accepts(fv)) {
          diags.error(pos, "Memoryview '" + fv.name() + "' not conformable to memoryview '" + tv.name() + "'.");
        }
      } else if (to instanceof CType.MemView && !(from instanceof CType.PyObject)) {
        diags.error(pos, "Cannot convert '" + from.name() + "' to memoryviewslice");
      } else if (from instanceof CType.MemView && !(to instanceof CType.PyObject)) {
        diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
      } else if (to instanceof CType.CInt && from instanceof CType.CFloat) {
        diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
      }
    }

    /** Types an expression; records it once checking has started. Null while unknown during inference. */
    private CType type(Expr e) {
      CType t = compute(e);
      if (recording) {
        if (t == null) t = CType.OBJECT;
        types.put(e, t);
      }
      return t;
    }

    private CType compute(Expr e) {
      if (e instanceof Expr.Name n) {
        return name(n);
      } else if (e instanceof Expr.IntLit i) {
        return intLiteralType(i.value());
      } else if (e instanceof Expr.FloatLit f) {
        return CType.DOUBLE;
      } else if (e instanceof Expr.ImagLit i) {
        return CType.pyBuiltin("complex");
      } else if (e instanceof Expr.StrLit s) {
        return CType.pyBuiltin("str");
      } else if (e instanceof Expr.BytesLit b) {
        return CType.pyBuiltin("bytes");
      } else if (e instanceof Expr.BoolLit b) {
        return CType.BINT;
      } else if (e instanceof Expr.NoneLit n) {
        return CType.OBJECT;
      } else if (e instanceof Expr.EllipsisLit el) {
        return CType.OBJECT;
      } else if (e instanceof Expr.BinOp b) {
        CType l = type(b.left());
        CType r = type(b.right());
        return l == null || r == null ? null : binaryType(b.op(), l, r, b.pos());
      } else if (e instanceof Expr.UnaryOp u) {
        CType t = type(u.operand());
        if (t == null) return null;
        if (t instanceof CType.PyObject) return CType.OBJECT;
        if (t instanceof CType.MemView) {
          report(u.pos(), "Invalid operand type for '" + u.op().symbol + "' (" + t.name() + ")");
          return CType.OBJECT;
        }
        if (u.op() == UnaryOperator.INVERT && !Types.isInt(t)) {
          report(u.pos(), "Invalid operand type for '~' (" + t.name() + ")");
          return CType.OBJECT;
      }
        return t instanceof CType.BInt ? CType.INT : (t instanceof CType.CInt ? Types.widest(t, t) : t);
      } else if (e instanceof Expr.BoolOp b) {
        CType l = type(b.left());
        CType r = type(b.right());
        return l == null || r == null ? null : Types.independentSpanning(l, r);
      } else if (e instanceof Expr.Not n) {
        type(n.operand());
        return CType.BINT;
      } else if (e instanceof Expr.Compare c) {
        return compare(c);
      } else if (e instanceof Expr.IfExp i) {
        type(i.cond());
        CType a = type(i.then());
        CType b = type(i.orElse());
        return a == null || b == null ? null : Types.independentSpanning(a, b);
      } else if (e instanceof Expr.Call c) {
        return call(c);
      } else if (e instanceof Expr.Attribute a && libcMathName(a) != null) {
        return libcValue(a, libcMathName(a));
      } else if (e instanceof Expr.Attribute a) {
        CType t = type(a.obj());
        if (t == null && !recording) return null;
        if (t instanceof CType.MemView && Set.of("ndim", "size", "itemsize", "nbytes").contains(a.name())) {
          return CType.SSIZE_T;
        }
        if (t instanceof CType.MemView mv && a.name().equals("T")) return mv.withNdim(mv.ndim());
        // As in Cython, a C value (or a view) is converted to its Python object for other attributes.
        return CType.OBJECT;
      } else if (e instanceof Expr.Subscript s) {
        if (recording && !current.get("wraparound")) warnNegativeIndices(s.index());
        if (s.obj() instanceof Expr.Attribute a && isViewShape(a)) {
          CType it = type(s.index());
          if (it != null && !Types.isInt(it)) report(s.index().pos(), "Invalid index type '" + it.name() + "'");
          return CType.SSIZE_T;
        }
        CType t = type(s.obj());
        if (t == null && !recording) return null;
        if (t instanceof CType.MemView mv) return viewIndex(mv, s);
        if (s.index() instanceof Expr.Slice sl) {
          slice(sl);
      } else if (s.index() instanceof Expr.TupleExpr tup) {
          for (Expr x : tup.elts()) {
            if (x instanceof Expr.Slice sl) slice(sl);
            else type(x);
          }
          if (recording) types.put(s.index(), CType.pyBuiltin("tuple"));
      } else {
          type(s.index());
      }
        if (t != null && !(t instanceof CType.PyObject)) {
          report(s.pos(), "Attempting to index non-array type '" + t.name() + "'");
      }
        return CType.OBJECT;
      } else if (e instanceof Expr.Slice s) {
        report(s.pos(), "slice outside of a subscript");
        return CType.OBJECT;
      } else if (e instanceof Expr.TupleExpr t) {
        t.elts().forEach(this::type);
        return CType.pyBuiltin("tuple");
      } else if (e instanceof Expr.ListExpr l) {
        l.elts().forEach(this::type);
        return CType.pyBuiltin("list");
      } else if (e instanceof Expr.DictExpr d) {
        d.keys().forEach(this::type);
        d.values().forEach(this::type);
        return CType.pyBuiltin("dict");
      } else if (e instanceof Expr.NamedExpr ne) {
        CType vt = type(ne.value());
        CType tt = localType(ne.target().id());
        if (recording) {
          types.put(ne.target(), tt == null ? CType.OBJECT : tt);
          checkAssignable(vt, tt, ne.value().pos());
      }
        return tt;
      } else {
        throw new AssertionError(e);
      }
    }

    /** {@code x.shape} / {@code x.strides} of a memoryview, indexed as a C array. */
    private boolean isViewShape(Expr.Attribute a) {
      if (!a.name().equals("shape") && !a.name().equals("strides")) return false;
      CType t = type(a.obj());
      if (recording && t instanceof CType.MemView) types.put(a, CType.OBJECT);
      return t instanceof CType.MemView;
    }

    /**
     * Indexing a memoryview: integers select (and drop) axes, slices keep them, {@code None} adds
     * one and an ellipsis stands for the axes the other items leave (a later one for none, as in
     * Cython). Integers on every axis is an element; anything else is a view.
     */
    private CType viewIndex(CType.MemView mv, Expr.Subscript s) {
      List<Expr> items = s.index() instanceof Expr.TupleExpr tup ? tup.elts() : List.of(s.index());
      int consumed = 0;
      int kept = 0;
      for (Expr x : items) {
        if (x instanceof Expr.NoneLit || x instanceof Expr.EllipsisLit) {
          if (recording) types.put(x, CType.OBJECT);
          if (x instanceof Expr.NoneLit) kept++;
        } else if (consumed == mv.ndim()) {
          report(x.pos(), "Too many indices specified for type " + mv.name());
          return CType.OBJECT;
        } else {
          consumed++;
          if (x instanceof Expr.Slice sl) {
            kept++;
            for (Expr part : Exprs.children(sl)) checkViewIndex(part);
            if (recording) types.put(sl, CType.OBJECT);
          } else {
            checkViewIndex(x);
          }
        }
      }
      kept += mv.ndim() - consumed;
      if (recording && s.index() instanceof Expr.TupleExpr) types.put(s.index(), CType.OBJECT);
      return kept == 0 ? mv.dtype() : mv.withNdim(kept);
    }

    /** Cython's warning for a constant negative index (or slice start/stop) where wraparound is off. */
    private void warnNegativeIndices(Expr index) {
      List<Expr> parts = index instanceof Expr.Slice sl ? java.util.Arrays.asList(sl.lo(), sl.hi()) : List.of(index);
      for (Expr part : parts) {
        Expr literal = negativeLiteral(part);
        if (literal != null) {
          diags.warning(literal.pos(), "the result of using negative indices inside of code sections marked as 'wraparound=False' is undefined");
        }
      }
    }

    /** The literal of a constant like {@code -1} or {@code -(2.0)}, when its value is negative. */
    private static Expr negativeLiteral(Expr e) {
      boolean negative = false;
      while (e instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS)) {
        if (u.op() == UnaryOperator.NEG) negative = !negative;
        e = u.operand();
      }
      if (e instanceof Expr.IntLit i) return negative != (i.value().signum() < 0) && i.value().signum() != 0 ? e : null;
      if (e instanceof Expr.FloatLit f) return negative != (f.value() < 0) && f.value() != 0 ? e : null;
      return null;
    }

    private void checkViewIndex(Expr x) {
      CType t = type(x);
      if (t != null && !Types.isInt(t) && !(t instanceof CType.PyObject)) {
        report(x.pos(), "Invalid index for memoryview specified, type " + t.name());
      }
    }

    private void slice(Expr.Slice s) {
      for (Expr x : Exprs.children(s)) type(x);
      if (recording) types.put(s, CType.OBJECT);
    }

    private CType name(Expr.Name n) {
      Symbol s = symbols.get(n.id());
      if (s != null && recording) read.add(n.id());
      if (s != null) return localType(n.id());
      if (outer.moduleNames.contains(n.id()) || Builtins.NAMES.contains(n.id())) return CType.OBJECT;
      if (outer.cfunctions.containsKey(n.id())) {
        report(n.pos(), "using cdef function '" + n.id() + "' as a Python object is not supported by pyxc");
        return CType.OBJECT;
      }
      String libc = libcMathName(n);
      if (libc != null) return libcValue(n, libc);
      if (outer.cythonNames.binds(n.id())) {
        report(n.pos(), "'" + outer.cythonNames.qualify(n) + "' is not supported by pyxc in an expression");
        return CType.OBJECT;
      }
      if (recording) diags.error(n.pos(), "undeclared name not builtin: " + n.id(), didYouMean(n.id()));
      return CType.OBJECT;
    }

    /** The hint for a misspelt name: locals first, then the module's names, then builtins. */
    private String didYouMean(String id) {
      List<String> known = new ArrayList<>(symbols.keySet());
      known.addAll(outer.moduleNames);
      known.addAll(outer.cfunctions.keySet());
      known.addAll(new java.util.TreeSet<>(Builtins.NAMES));
      String best = Suggestions.closest(id, known);
      return best == null ? null : "did you mean '" + best + "'?";
    }

    private void report(Pos pos, String message) {
      if (recording) diags.error(pos, message);
    }

    private CType compare(Expr.Compare c) {
      CType first = type(c.first());
      boolean allC = first != null && Types.isCNumeric(first);
      boolean unknown = first == null;
      for (int i = 0; i < c.ops().size(); i++) {
        CType t = type(c.rest().get(i));
        unknown |= t == null;
        CompareOp op = c.ops().get(i);
        if (t != null && !Types.isCNumeric(t)) allC = false;
        if (op == CompareOp.IN || op == CompareOp.NOT_IN || op == CompareOp.IS || op == CompareOp.IS_NOT) {
          allC = false;
        }
      }
      if (unknown) return null;
      if (allC) return CType.BINT;
      boolean allBool = c.ops().stream().allMatch(op -> op == CompareOp.IN || op == CompareOp.NOT_IN
          || op == CompareOp.IS || op == CompareOp.IS_NOT);
      return allBool ? CType.BINT : CType.OBJECT;
    }

    private CType call(Expr.Call c) {
      CType.MemView copied = viewCopy(c);
      if (copied != null) return copied;
      CFunction cf = cfunctionCallee(c);
      if (cf != null) return cdefCall(c, cf);
      String libc = libcMathName(c.func());
      if (libc != null && LibcMath.function(libc) != null) return libcCall(c, libc);
      CType ft = type(c.func());
      List<CType> argTypes = new ArrayList<>();
      boolean unknown = false;
      for (Expr.Arg a : c.args()) {
        CType t = type(a.value());
        unknown |= t == null;
        argTypes.add(t);
        if (t instanceof CType.Void) report(a.value().pos(), "Cannot convert 'void' to Python object");
      }
      if (ft != null && !(ft instanceof CType.PyObject)) {
        report(c.pos(), "Calling non-function type '" + ft.name() + "'");
        return CType.OBJECT;
      }
      String builtin = builtinCallee(c);
      if (builtin == null) return CType.OBJECT;
      boolean positionalOnly = c.args().stream().allMatch(a -> a.keyword() == null);
      if (unknown) return null;
      switch (builtin) {
        case "len" -> {
          if (positionalOnly && argTypes.size() == 1
              && (argTypes.get(0) instanceof CType.PyObject || argTypes.get(0) instanceof CType.MemView)) {
            return CType.SSIZE_T;
          }
        }
        case "abs" -> {
          if (positionalOnly && argTypes.size() == 1 && Types.isCNumeric(argTypes.get(0))) {
            CType t = argTypes.get(0);
            return t instanceof CType.BInt ? CType.INT : (t instanceof CType.CInt ? Types.widest(t, t) : t);
          }
        }
        case "min", "max" -> {
          if (positionalOnly && argTypes.size() >= 2 && argTypes.stream().allMatch(Types::isCNumeric)) {
            CType t = argTypes.get(0);
            for (CType x : argTypes.subList(1, argTypes.size())) t = Types.spanning(t, x);
            return t;
          }
        }
        default -> { }
      }
      return CType.OBJECT;
    }

    /** The libc.math name an expression refers to (a cimported name, {@code cm.sqrt}), or null. */
    private String libcMathName(Expr e) {
      if (e instanceof Expr.Name n && symbols.containsKey(n.id())) return null;
      if (!(e instanceof Expr.Name) && !(e instanceof Expr.Attribute)) return null;
      String path = outer.cythonNames.qualify(e);
      return path != null && path.startsWith("libc.math.") ? path.substring("libc.math.".length()) : null;
    }

    /**
     * The arguments of a call of a C function (cdef or libc): positional only, as many as it
     * takes, each convertible to its parameter. False while an argument's type is still unknown.
     */
    private boolean checkCArguments(Expr.Call c, List<CType> params) {
      boolean unknown = false;
      for (Expr.Arg a : c.args()) unknown |= type(a.value()) == null;
      if (unknown) return false;
      if (c.args().stream().anyMatch(a -> a.keyword() != null)) {
        report(c.pos(), "keyword arguments to C functions are not supported by pyxc");
      } else if (c.args().size() != params.size()) {
        report(c.pos(), "Call with wrong number of arguments (expected " + params.size() + ", got " + c.args().size() + ")");
      } else if (recording) {
        for (int i = 0; i < c.args().size(); i++) {
          Expr v = c.args().get(i).value();
          checkAssignable(types.get(v), params.get(i), v.pos());
        }
      }
      return true;
    }

    /** A call of a libc.math function: C arguments, C result. */
    private CType libcCall(Expr.Call c, String name) {
      LibcMath.Function f = LibcMath.function(name);
      if (!checkCArguments(c, f.params())) return null;
      if (recording) {
        types.put(c.func(), CType.OBJECT);
        libcMath.put(c.func(), name);
      }
      return f.result();
    }

    /** A libc.math constant used as a value ({@code M_PI}, {@code cm.pi}): a C double. */
    private CType libcValue(Expr e, String name) {
      if (LibcMath.constant(name) == null) {
        report(e.pos(), LibcMath.function(name) != null
            ? "using C function '" + name + "' as a Python object is not supported by pyxc"
            : "'" + name + "' is not a constant, variable or function identifier");
        return CType.OBJECT;
      }
      if (recording) libcMath.put(e, name);
      return CType.DOUBLE;
    }

    /** The cdef function a call names directly, when no local shadows it. */
    CFunction cfunctionCallee(Expr.Call c) {
      if (c.func() instanceof Expr.Name n && !symbols.containsKey(n.id())) return outer.cfunctions.get(n.id());
      return null;
    }

    /** A call of a cdef function: positional arguments converted to the parameter types. */
    private CType cdefCall(Expr.Call c, CFunction cf) {
      if (!checkCArguments(c, cf.params())) return null;
      if (recording) types.put(c.func(), CType.OBJECT);
      return cf.returnType();
    }

    /** {@code x.copy()} / {@code x.copy_fortran()} of a view: the contiguous view it returns. */
    private CType.MemView viewCopy(Expr.Call c) {
      if (!(c.func() instanceof Expr.Attribute a) || !c.args().isEmpty()
          || !(a.name().equals("copy") || a.name().equals("copy_fortran"))) {
        return null;
      }
      if (!(type(a.obj()) instanceof CType.MemView mv)) return null;
      if (recording) types.put(a, CType.OBJECT);
      List<CType.Packing> packing = new ArrayList<>(java.util.Collections.nCopies(mv.ndim(), CType.Packing.STRIDED));
      packing.set(a.name().equals("copy") ? mv.ndim() - 1 : 0, CType.Packing.CONTIG);
      return new CType.MemView(mv.dtype(), mv.ndim(), List.copyOf(packing), false);
    }

    /** The builtin a call refers to, when its name is not shadowed. */
    String builtinCallee(Expr.Call c) {
      if (c.func() instanceof Expr.Name n && !symbols.containsKey(n.id()) && !outer.moduleNames.contains(n.id())
          && Builtins.NAMES.contains(n.id())) {
        return n.id();
      }
      return null;
    }

    /** Result type of a binary operator; reports Cython's message for invalid C operands. */
    private CType binaryType(BinaryOp op, CType l, CType r, Pos pos) {
      if (l instanceof CType.Void || r instanceof CType.Void) {
        if (pos != null) report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
        return CType.OBJECT;
      }
      if (l instanceof CType.MemView || r instanceof CType.MemView) {
        if (pos != null) report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
        return CType.OBJECT;
      }
      if (!Types.isCNumeric(l) || !Types.isCNumeric(r)) return CType.OBJECT;
      switch (op) {
        case DIV -> {
          if (Types.isInt(l) && Types.isInt(r)) {
            return current.languageLevel().equals("2") ? Types.widest(l, r) : CType.DOUBLE;
          }
          return Types.widest(l, r);
        }
        case POW -> {
          return CType.OBJECT;
        }
        case LSHIFT, RSHIFT, BITAND, BITOR, BITXOR -> {
          if (!Types.isInt(l) || !Types.isInt(r)) {
            if (pos != null) report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
            return CType.OBJECT;
          }
          if (l instanceof CType.BInt && r instanceof CType.BInt && op != BinaryOp.LSHIFT && op != BinaryOp.RSHIFT) {
            return CType.BINT;
          }
          return Types.widest(l, r);
        }
        case MATMUL -> {
          if (pos != null) report(pos, "Invalid operand types for '@' (" + l.name() + "; " + r.name() + ")");
          return CType.OBJECT;
        }
        default -> {
          return Types.widest(l, r);
        }
      }
    }
  }
}
