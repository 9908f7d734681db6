package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls of cdef fused functions: {@code f[double](x)} runs the specialization it names, {@code
 * f(x)} the one whose parameters the arguments' types fit best (an exact match before a
 * promotion, a promotion before a conversion, a conversion before a Python object's coercion;
 * the first in Cython's order among equals).
 */
final class FusedCalls {
  private final FunctionChecker fn;
  private final java.util.Set<Expr.Call> failed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  FusedCalls(FunctionChecker fn) {
    this.fn = fn;
  }

  /** The fused function a call names (through {@code f} or {@code f[T]}, or an instance's {@code x.m}), or null. */
  FusedFunctions.Group group(Expr.Call c) {
    Expr callee = c.func() instanceof Expr.Subscript s ? s.obj() : c.func();
    if (callee instanceof Expr.Attribute a && fn.module.fused.isMethodName(a.name())) {
      ClassInfo cls = fn.module.classOf(fn.type(a.obj()));
      return cls == null ? null : fn.module.fused.methodGroup(cls, a.name());
    }
    if (!(callee instanceof Expr.Name n) || fn.symbols.containsKey(n.id())) return null;
    FusedFunctions.Group g = fn.module.fused.group(n.id());
    if (g != null && g.def().cdef() != null && g.def().cdef().cpdef() && c.func() instanceof Expr.Subscript s && !namesTypes(s)) {
      // `f[cy.int, cy.float]` of a cpdef one with values for index: its object indexed when the call runs.
      return null;
    }
    return g != null && g.def().isCdef() ? g : null;
  }

  /** Whether every index of {@code f[...]} names a type. */
  private boolean namesTypes(Expr.Subscript s) {
    List<Expr> index = Exprs.elements(s.index()) != null ? Exprs.elements(s.index()) : List.of(s.index());
    for (Expr e : index) {
      String dotted = Exprs.dottedName(e);
      if (dotted == null || fn.module.typeNamedQuietly(dotted) == null) return false;
    }
    return true;
  }

  /** The specialization the call runs, or null once the reason it has none is reported. */
  CFunction specialization(Expr.Call c, FusedFunctions.Group g) {
    CFunction known = fn.fusedCalls.get(c);
    if (known != null) return known;
    if (failed.contains(c)) return null;
    if (g.specializations().stream().anyMatch(s -> fn.module.fusedScope.unspecializable.contains(s.def()))) {
      invalidUse(c); // (its return type was reported where it is declared)
      if (fn.recording) failed.add(c);
      return null;
    }
    FusedFunctions.Specialization chosen = c.func() instanceof Expr.Subscript s ? named(s, g, c) : byArguments(c, g);
    if (chosen == null) {
      // Reported once: the call is then typed as an error wherever it is looked at again.
      if (fn.recording) failed.add(c);
      return null;
    }
    CFunction f = function(g, chosen);
    if (fn.recording && f != null) fn.fusedCalls.put(c, f);
    return f;
  }

  /** The {@code x.m} of a fused method's call ({@code x.m(...)} or {@code x.m[double](...)}). */
  static Expr.Attribute method(Expr.Call c) {
    return (Expr.Attribute) (c.func() instanceof Expr.Subscript s ? s.obj() : c.func());
  }

  /** A specialization's C function: the module's, or its class's cdef method. */
  /**
   * A cdef fused function named where a function pointer of type {@code to} is wanted (assigned,
   * initialised, cast): the specialization of that type, as Cython picks it, recorded as what the
   * name stands for (the address of that specialization). Nothing for any other value, or when no
   * specialization has the type (the name is then reported as not specialized).
   */
  void specializeFor(Expr value, CType to) {
    fn.methodPointerChecks.forTarget(value, to); // (a method through an instance: MethodPointers)
    if (!(value instanceof Expr.Name n) || fn.symbols.containsKey(n.id()) || fn.cythonCalls.containsKey(value)
        || !(to instanceof CType.Pointer p && p.target() instanceof CType.Function)) {
      return;
    }
    FusedFunctions.Group g = fn.module.fused.group(n.id());
    if (g == null || !g.def().isCdef() || g.def().cdef().cpdef() || fn.module.fused.ownerOf(g) != null) return;
    for (FusedFunctions.Specialization s : g.specializations()) {
      CFunction f = function(g, s);
      if (f != null && CPointers.functionAssignError(CPointers.pointerTo(f).target() instanceof CType.Function ft ? ft : null, null,
          (CType.Pointer) to) == null) {
        standFor(value, f);
        return;
      }
    }
  }

  /** Records that {@code at} (a name or {@code f[T]}) stands for specialization {@code f}'s address; its type. */
  CType standFor(Expr at, CFunction f) {
    String name = fn.module.cfunctions.entrySet().stream().filter(e -> e.getValue() == f).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    if (name == null) return CType.ERROR;
    Expr.Name specialization = new Expr.Name(name, at.pos());
    CType t = CPointers.pointerTo(f);
    if (fn.recording) {
      fn.cythonCalls.put(at, specialization);
      fn.types.put(specialization, t);
    }
    if (!fn.module.cimportedInline.contains(fn.def)) fn.module.usedCFunctions.add(f);
    return t;
  }

  private CFunction function(FusedFunctions.Group g, FusedFunctions.Specialization s) {
    ClassInfo owner = fn.module.fused.ownerOf(g);
    return owner == null ? fn.module.cfunctions.get(s.def().name()) : owner.cmethod(s.def().name());
  }

  /** {@code f[double]}, {@code f[int, double]}: the specialization with those members, in the order of f's fused types. */
  private FusedFunctions.Specialization named(Expr.Subscript s, FusedFunctions.Group g, Expr.Call c) {
    return named(s, g, () -> invalidUse(c));
  }

  /**
   * {@code f[double]} of a cdef fused function as a value: the address of that specialization (a C
   * function pointer, as Cython makes it), or null once the reason it names none is reported.
   */
  CFunction specializationNamed(Expr.Subscript s, FusedFunctions.Group g) {
    FusedFunctions.Specialization chosen = named(s, g, () -> {
      if (fn.recording) fn.module.finalErrors.add(() -> fn.diags.error(s.obj().pos(), Checker.INVALID_FUSED));
    });
    return chosen == null ? null : function(g, chosen);
  }

  private FusedFunctions.Specialization named(Expr.Subscript s, FusedFunctions.Group g, Runnable invalid) {
    List<Expr> index = Exprs.elements(s.index()) != null ? Exprs.elements(s.index()) : List.of(s.index());
    if (index.size() < g.fused().size()) {
      fn.report(s.pos(), "Not enough types specified to specialize the function, " + g.fused().get(index.size()).name() + " is still fused");
      invalid.run();
      return null;
    }
    if (index.size() > g.fused().size()) {
      fn.report(s.pos(), "Too many types specified");
      invalid.run();
      return null;
    }
    List<CType> members = new ArrayList<>();
    for (int k = 0; k < index.size(); k++) {
      Expr e = index.get(k);
      String dotted = Exprs.dottedName(e);
      // (in a specialization, its own fused types name the members it binds: `f[floating](x)`)
      CType t = dotted == null ? null : fn.module.typeNamedQuietly(dotted);
      if (t != null) t = fn.module.fusedScope.specialize(t);
      if (t == null) {
        fn.report(e.pos(), "Can only index fused functions with types");
        invalid.run();
        return null;
      }
      if (!g.fused().get(k).members().contains(t)) {
        fn.report(e.pos(), "Type not in fused type");
        invalid.run();
        return null;
      }
      members.add(t);
    }
    for (FusedFunctions.Specialization spec : g.specializations()) {
      boolean all = true;
      for (int k = 0; k < members.size(); k++) all &= spec.bindings().get(g.fused().get(k).name()).equals(members.get(k));
      if (all) return spec;
    }
    return null;
  }

  private FusedFunctions.Specialization byArguments(Expr.Call c, FusedFunctions.Group g) {
    List<CType> given = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    boolean unknown = false;
    for (Expr.Arg a : c.args()) {
      CType t = fn.type(a.value());
      unknown |= t == null || t instanceof CType.ErrorType;
    }
    if (unknown) return null;
    List<FusedFunctions.Specialization> specs = g.specializations();
    CFunction first = function(g, specs.get(0));
    if (first == null) return null;
    // (a method's self is the instance the call names, not an argument)
    int self = fn.module.fused.ownerOf(g) == null ? 0 : 1;
    // The arguments in parameter order: a keyword one at its parameter's place (after the positional ones).
    for (Expr.Arg a : c.args()) {
      if (a.keyword() != null || a.stars() != 0) continue;
      given.add(fn.type(a.value()));
      values.add(a.value());
    }
    for (int p = self + given.size(); p < first.paramNames().size(); p++) {
      String name = first.paramNames().get(p);
      Expr.Arg kw = c.args().stream().filter(a -> name.equals(a.keyword())).findFirst().orElse(null);
      if (kw == null) break;
      given.add(fn.type(kw.value()));
      values.add(kw.value());
    }
    if (specs.size() == 1) return specs.get(0); // taken without comparing types, as Cython does
    if (given.size() < first.required() - self || given.size() > first.params().size() - self) {
      // Every specialization takes as many arguments: the first reports a wrong count as any cdef call does.
      invalidUse(c);
      return specs.get(0);
    }
    FusedFunctions.Specialization best = null;
    long[] bestScore = null;
    boolean tie = false;
    for (FusedFunctions.Specialization spec : specs) {
      CFunction f = function(g, spec);
      if (f == null) return null;
      long[] score = new long[4];
      boolean fits = true;
      for (int i = 0; i < given.size() && fits; i++) fits = score(given.get(i), values.get(i), f.params().get(i + self), score);
      if (!fits) continue;
      int order = bestScore == null ? -1 : java.util.Arrays.compare(score, bestScore);
      if (order < 0) {
        best = spec;
        bestScore = score;
        tie = false;
      } else if (order == 0) {
        tie = true;
      }
    }
    if (best == null || tie) {
      fn.report(c.pos(), best == null ? "no suitable method found (candidates: " + specs.size() + ")" : "ambiguous overloaded method");
      invalidUse(c);
      return null;
    }
    return best;
  }

  /**
   * Adds to {@code score} how far an argument's type is from a parameter's, as Cython ranks
   * overloads (compared in order: Python objects coerced, C values converted to another kind,
   * the distance in rank between two integers or two floats and promotions, narrowing and
   * changes of sign); false when it cannot be passed at all (a float to an integer, a Python
   * object to a C value).
   */
  private static boolean score(CType arg, Expr value, CType param, long[] score) {
    if (arg.equals(param)) return true;
    if (param instanceof CType.Pointer p) {
      if (arg instanceof CType.CArray a && a.decayed().equals(p) || arg instanceof CType.NullPtr) return true;
      // (a function as a function pointer that may take it, by the rules of any assignment)
      if (p.target() instanceof CType.Function && arg instanceof CType.Pointer ap && ap.target() instanceof CType.Function f) {
        return CPointers.functionAssignError(f, null, p) == null;
      }
      // (a pointer to const takes a pointer to the same type, as C passes it)
      if (p.constTarget() && arg instanceof CType.Pointer ap && ap.target().equals(p.target())) return true;
      return p.isCharPtr() && (value instanceof Expr.BytesLit || value instanceof Expr.StrLit);
    }
    if (Types.isCNumeric(arg) && Types.isCArithmetic(param)) {
      if (Types.isInt(arg) && Types.isInt(param)) {
        if (promotes(arg, param)) {
          score[2] += 1;
        } else {
          score[2] += Math.round(2 * (Math.abs(rank(param) - rank(arg)) + 1));
          score[3] += (rank(param) < rank(arg) ? 2 : 0) + (signed(param) != signed(arg) ? 1 : 0);
        }
        return true;
      }
      if (arg instanceof CType.CFloat a && param instanceof CType.CFloat p) {
        score[2] += 2L * (Math.abs(p.kind().ordinal() - a.kind().ordinal()) + 1);
        score[3] += p.kind().ordinal() < a.kind().ordinal() ? 2 : 0;
        return true;
      }
      if (arg instanceof CType.CFloat && Types.isInt(param)) return false;
      score[1] += 1;
      return true;
    }
    if (arg instanceof CType.CComplex a && param instanceof CType.CComplex p) {
      score[2] += Math.round(2 * (Math.abs(FusedTypes.rank(p.real()) - FusedTypes.rank(a.real())) + 1));
      return true;
    }
    if (arg instanceof CType.MemView a && param instanceof CType.MemView p) {
      return a.dtype().equals(p.dtype()) && a.ndim() == p.ndim();
    }
    if (param instanceof CType.PyObject) {
      if (!(arg instanceof CType.PyObject) && !Types.convertsToPython(arg)) return false;
      score[0] += 1;
      return true;
    }
    return false;
  }

  /** Cython's last word on a call no specialization fits, at the function's name, after every other error. */
  private void invalidUse(Expr.Call c) {
    Expr callee = c.func() instanceof Expr.Subscript s ? s.obj() : c.func();
    if (fn.recording) fn.module.finalErrors.add(() -> fn.diags.error(callee.pos(), Checker.INVALID_FUSED));
  }

  /** C's integer promotions (a type narrower than int, or a bint, to int). */
  private static boolean promotes(CType arg, CType param) {
    return param.equals(CType.INT) && (arg instanceof CType.BInt || rank(arg) < 2);
  }

  /** Cython's rank of an integer, an unsigned one a step above its signed twin. */
  private static double rank(CType t) {
    return t instanceof CType.CInt i ? FusedTypes.rank(t) + (i.kind().signed ? 0 : 1) : 0;
  }

  private static boolean signed(CType t) {
    return !(t instanceof CType.CInt i) || i.kind().signed;
  }
}
