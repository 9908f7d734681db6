package dev.pyxc.sema;

import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fused functions, compiled as Cython compiles them: once per combination of the members of the
 * fused types their parameters use (a specialization), each an ordinary function of its own name
 * ({@link Stmt.FuncDef#specializationName}) whose fused types stand for the members it binds, and
 * whose {@code if T is double:} tests are decided before it is checked, so the branches it does
 * not take are not compiled. A cdef one is called by the specialization the arguments' types
 * select (or {@code f[double](x)} names); a def one by the object pyxc binds to its name, which
 * picks the specialization from the arguments at run time.
 */
public final class FusedFunctions {
  /**
   * One specialization: its function, the member each fused type stands for (by name, and in the
   * order of its group's fused types), and its name in {@code __signatures__}.
   */
  public record Specialization(Stmt.FuncDef def, Map<String, CType> bindings, List<Integer> members, String signature) {}

  /**
   * A fused function: as written, its fused types in the order its parameters first use them (and
   * the index of that first parameter of each: the argument that decides it in a call from Python),
   * and its specializations, the first fused type's members varying slowest; {@code owner}, the
   * extension type whose method it is (null for a module's function). A def one whose object is
   * made {@code atStatement} is made where its def statement runs (its decorators applied, its
   * defaults evaluated, each time it runs), not when the module is created.
   */
  public record Group(Stmt.FuncDef def, List<CType.Fused> fused, List<Integer> deciding, List<Specialization> specializations,
      String owner, boolean atStatement, String pyClass) {
    public String name() {
      return def.name();
    }

    Group madeAtStatement() {
      return new Group(def, fused, deciding, specializations, owner, true, pyClass);
    }

    /** A method of the Python class statement {@code cls} (its specializations nested in the class body), made as it runs. */
    Group methodOf(String cls) {
      return new Group(def, fused, deciding, specializations, owner, true, cls);
    }
  }

  private final Checker module;
  /** The module's fused functions by name. */
  final Map<String, Group> groups = new LinkedHashMap<>();
  private final IdentityHashMap<Stmt.FuncDef, Map<String, CType>> bindings = new IdentityHashMap<>();
  /** Code already reported (each specialization checks it again): type tests, nested fused functions. */
  private final java.util.Set<Object> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Whether this is the first report of a piece of code's error, which its function's other specializations repeat. */
  boolean firstReport(Object code) {
    return reported.add(code);
  }

  FusedFunctions(Checker module) {
    this.module = module;
  }

  /** The members a specialization's fused types stand for (none for any other function). */
  Map<String, CType> bindingsOf(Stmt.FuncDef f) {
    return bindings.getOrDefault(f, Map.of());
  }

  /** A function made from specialization {@code spec} (a cpdef method's def wrapper) binds what it binds. */
  void bindAsSpecialization(Stmt.FuncDef made, Stmt.FuncDef spec) {
    if (bindings.containsKey(spec)) bindings.put(made, bindings.get(spec));
  }

  /** The fused function a name calls, or null. */
  Group group(String name) {
    return groups.get(name);
  }

  /**
   * Binds {@code bound} to fused function {@code g} of another module's {@code .pxd}: a group of
   * this module whose specializations are the functions {@code bindSpecialization} binds (each
   * under a name of its own, called through the pointer taken from that module's C-API).
   */
  /**
   * The name a specialization is exported under besides its own ({@code add_one[int]}, the fused
   * types' members as written), which a cimporting module looks up first, as Cython 3 does.
   */
  static String capiName(Group g, Specialization s) {
    return g.name() + "[" + s.signature().replace('|', ',') + "]";
  }

  /** The name Cython 0.29 exported a specialization under ({@code __pyx_fuse_0integrate}: its index, then the name). */
  static String cython029CapiName(Specialization s) {
    String name = s.def().name();
    int cut = name.indexOf("__", Stmt.FuncDef.FUSED_PREFIX.length());
    return name.substring(0, cut) + name.substring(cut + 2);
  }

  void adopt(String bound, Group g, java.util.function.BiConsumer<String, String> bindSpecialization) {
    List<Specialization> specs = new ArrayList<>();
    for (Specialization s : g.specializations()) {
      String name = bound + "." + s.def().name();
      bindSpecialization.accept(name, s.def().name());
      specs.add(new Specialization(s.def().withNameAndBody(name, s.def().body()), s.bindings(), s.members(), s.signature()));
    }
    Group adoptedGroup = new Group(g.def(), g.fused(), g.deciding(), List.copyOf(specs), null, false, null);
    groups.put(bound, adoptedGroup);
    adopted.add(adoptedGroup);
  }

  /** Groups of cimported functions: their module makes their objects (a cpdef one's), not this one. */
  private final java.util.Set<Group> adopted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * The def and cpdef fused functions, whose names the module binds to objects that dispatch to
   * their specializations (a cpdef one's through their def wrappers), and the def fused methods,
   * whose names their classes bind so.
   */
  public List<Group> defGroups() {
    List<Group> out = new ArrayList<>(groups.values().stream()
        .filter(g -> (!g.def().isCdef() || g.def().cdef().cpdef()) && !adopted.contains(g)).toList());
    out.addAll(defMethodGroups);
    out.addAll(pyClassGroups);
    return out;
  }

  private final List<Group> defMethodGroups = new ArrayList<>();

  /**
   * A def fused method of extension type {@code owner}: its specializations, def methods of the
   * class under their own names, which the class's attribute of the method's name dispatches to.
   */
  List<Stmt.FuncDef> expandDefMethod(ClassInfo owner, Stmt.FuncDef f) {
    Group g = specialize(f, owner.name());
    if (g == null) return List.of();
    defMethodGroups.add(g);
    return g.specializations().stream().map(Specialization::def).toList();
  }

  /** Whether a function's parameters use fused types. */
  boolean usesFusedTypes(Stmt.FuncDef f) {
    Map<String, CType.Fused> used = new LinkedHashMap<>();
    for (Stmt.Param p : f.params()) if (p.type() != null) collect(p.type(), used);
    return !used.isEmpty();
  }

  /** Replaces each fused function among the module's statements with its specializations. */
  void expand(List<Stmt> body) {
    java.util.Set<String> rebound = ModuleGlobals.reboundAtTopLevel(body);
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof Stmt.FuncDecl d && usesFusedTypes(d.def())) {
        // Declared in a .pxd: each specialization declared (and exported, and cimported) as any
        // cdef function is; the group is the definition's once the module's .pyx gives it.
        Group g = specialize(d.def(), null);
        body.remove(i);
        if (g == null) {
          i--;
          continue;
        }
        groups.putIfAbsent(d.def().name(), g);
        List<Stmt> decls = g.specializations().stream().map(s -> (Stmt) new Stmt.FuncDecl(s.def(), d.declarator())).toList();
        if (module.ownDeclarations.contains(d)) module.ownDeclarations.addAll(decls);
        body.addAll(i, decls);
        i += decls.size() - 1;
        continue;
      }
      if (body.get(i) instanceof Stmt.ClassDef cd && !cd.extensionType()) {
        body.set(i, withMethodsSpecialized(cd));
        continue;
      }
      if (!(body.get(i) instanceof Stmt.FuncDef f)) {
        // A def inside the module's if, try, with or loop is made where it runs: its specializations
        // are the module's functions (after the statement), the def left in place to make its object.
        List<Stmt> within = new ArrayList<>();
        defsWithin(body.get(i), within);
        body.addAll(i + 1, within);
        i += within.size();
        continue;
      }
      Group g = specialize(f, null);
      if (g == null && usesFusedTypes(f)) {
        // Refused (reported): not compiled, so its fused types give no further errors.
        body.remove(i--);
        continue;
      }
      if (g == null) continue;
      if (!f.isCdef() && (madeByRunning(f) || rebound.contains(f.name()) || groups.containsKey(f.name()))) {
        g = register(g.madeAtStatement());
        if (g == null) {
          body.remove(i--);
          continue;
        }
        // (the def stays, before its specializations: where it stands, its object is made)
        List<Stmt> defs = g.specializations().stream().map(s -> (Stmt) s.def()).toList();
        body.addAll(i + 1, defs);
        i += defs.size();
        continue;
      }
      groups.put(f.name(), g);
      body.remove(i);
      List<Stmt> defs = g.specializations().stream().map(s -> (Stmt) s.def()).toList();
      body.addAll(i, defs);
      i += defs.size() - 1;
    }
  }

  /**
   * A Python class statement whose fused methods are made as its body runs: each such def is left
   * in place (it makes the method's object), its specializations after it, functions nested in the
   * class body as its other methods are (they see its {@code __class__}, for {@code super()}).
   */
  Stmt.ClassDef withMethodsSpecialized(Stmt.ClassDef cd) {
    List<Stmt> body = new ArrayList<>();
    boolean changed = false;
    for (Stmt s : cd.body()) {
      body.add(s);
      if (!(s instanceof Stmt.FuncDef f) || f.isCdef() || !usesFusedTypes(f)) continue;
      changed = true;
      Group g = specialize(f, null);
      if (g == null) {
        body.remove(body.size() - 1);
        continue;
      }
      g = g.methodOf(cd.name());
      String name = g.name();
      if (pyClassGroups.stream().anyMatch(x -> x.pyClass().equals(cd.name()) && x.name().equals(name))) {
        // (their C names would be the first's)
        module.diags.error(f.pos(), "a second fused method '" + name + "' of a class named '" + cd.name() + "' is not supported by pyxc");
        body.remove(body.size() - 1);
        continue;
      }
      pyClassGroups.add(g);
      atStatement.put(f, g);
      for (Specialization sp : g.specializations()) {
        atStatement.put(sp.def(), g);
        body.add(sp.def());
      }
    }
    return changed ? cd.withBody(List.copyOf(body)) : cd;
  }

  /** The fused methods of the module's Python classes. */
  private final List<Group> pyClassGroups = new ArrayList<>();

  /** The specializations of the def fused functions inside a compound statement (and those nested in its blocks). */
  private void defsWithin(Stmt s, List<Stmt> out) {
    for (List<Stmt> block : dev.pyxc.ast.Stmts.blocks(s)) {
      for (Stmt x : block) {
        if (x instanceof Stmt.FuncDef f && !f.isCdef()) {
          Group g = specialize(f, null);
          if (g != null && (g = register(g.madeAtStatement())) != null) g.specializations().forEach(sp -> out.add(sp.def()));
        }
        defsWithin(x, out);
      }
    }
  }

  /** Whether a def's statement does more than bind a function: decorators to apply, defaults to evaluate. */
  private boolean madeByRunning(Stmt.FuncDef f) {
    boolean otherDecorators = f.decorators().stream().anyMatch(d -> {
      String q = module.cythonNames.qualify(d.expr() instanceof Expr.Call c ? c.func() : d.expr());
      return q == null || !q.startsWith("cython.");
    });
    return otherDecorators || !EvaluatedDefaults.of(f).isEmpty();
  }

  /**
   * A def fused function made where its statement runs, by its def; null (reported) for a second
   * def of a name that already has one, whose specializations' names would be the first's.
   */
  private Group register(Group g) {
    Group before = groups.get(g.name());
    if (before != null && !before.def().isCdef()) {
      module.diags.error(g.def().pos(), "a second def of the fused function '" + g.name() + "' is not supported by pyxc");
      return null;
    }
    groups.put(g.name(), g);
    atStatement.put(g.def(), g);
    for (Specialization sp : g.specializations()) atStatement.put(sp.def(), g);
    return g;
  }

  /** The groups made where their def runs, by the def and by each of their specializations. */
  private final IdentityHashMap<Stmt.FuncDef, Group> atStatement = new IdentityHashMap<>();

  /** Whether a function is a specialization of a def fused function made where its def runs (which makes it too). */
  boolean madeWithItsGroup(Stmt.FuncDef spec) {
    Group g = atStatement.get(spec);
    return g != null && g.def() != spec;
  }

  /** The def fused function whose object this def statement makes where it runs, or null. */
  Group madeAt(Stmt.FuncDef def) {
    Group g = atStatement.get(def);
    return g != null && g.def() == def ? g : null;
  }

  /**
   * A cdef fused method of extension type {@code owner}: its specializations, methods of the class
   * under their own names, whose group a call through an instance picks from (see {@link #methodGroup}).
   */
  List<Stmt.FuncDef> expandMethod(ClassInfo owner, Stmt.FuncDef f) {
    Group g = specialize(f, owner.name());
    if (g == null) return List.of();
    methodGroups.put(owner.name() + "." + f.name(), g);
    // A cpdef one is reached from Python too: through the object its name is bound to.
    if (f.cdef().cpdef()) defMethodGroups.add(g);
    methodNames.add(f.name());
    methodOwners.put(g, owner);
    return g.specializations().stream().map(Specialization::def).toList();
  }

  /** The class's cdef fused methods (its bases' too), by class and method name. */
  private final Map<String, Group> methodGroups = new LinkedHashMap<>();
  private final IdentityHashMap<Group, ClassInfo> methodOwners = new IdentityHashMap<>();
  private final java.util.Set<String> methodNames = new java.util.HashSet<>();

  /** The cdef fused methods of cimported class {@code cls} (its bases' too), as the checker of its file {@code from} made them. */
  void adoptMethods(ClassInfo cls, FusedFunctions from) {
    for (ClassInfo c = cls; c != null; c = c.base) {
      for (Map.Entry<String, Group> e : from.methodGroups.entrySet()) {
        if (!e.getKey().startsWith(c.name() + ".") || methodGroups.containsKey(e.getKey())) continue;
        methodGroups.put(e.getKey(), e.getValue());
        methodNames.add(e.getValue().name());
        methodOwners.put(e.getValue(), from.methodOwners.get(e.getValue()));
      }
    }
  }

  /** The cdef fused method {@code name} of instances of {@code cls}, or null. */
  Group methodGroup(ClassInfo cls, String name) {
    for (ClassInfo c = cls; c != null; c = c.base) {
      Group g = methodGroups.get(c.name() + "." + name);
      if (g != null) return g;
    }
    return null;
  }

  /** Whether some class has a cdef fused method of this name (before typing the instance a call names it through). */
  boolean isMethodName(String name) {
    return methodNames.contains(name);
  }

  /** The class whose method a group is, or null for a module-level function. */
  ClassInfo ownerOf(Group g) {
    return methodOwners.get(g);
  }

  /** A fused function's specializations as a group, or null when its parameters use no fused type. */
  private Group specialize(Stmt.FuncDef f, String owner) {
    Map<String, CType.Fused> used = new LinkedHashMap<>();
    List<Integer> deciding = new ArrayList<>();
    for (int p = 0; p < f.params().size(); p++) {
      if (f.params().get(p).type() != null) collect(f.params().get(p).type(), used);
      while (deciding.size() < used.size()) deciding.add(p);
    }
    if (used.isEmpty()) return null;
    // (compiler directives and Cython's test-harness decorators apply to each specialization; a def
    // method of a cdef class with other decorators or computed defaults is made by the class body)
    List<CType.Fused> fused = List.copyOf(used.values());
    List<Specialization> specs = new ArrayList<>();
    for (List<Integer> members : combinations(fused)) {
      Map<String, CType> bound = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      for (int k = 0; k < fused.size(); k++) {
        bound.put(fused.get(k).name(), fused.get(k).members().get(members.get(k)));
        names.add(fused.get(k).memberNames().get(members.get(k)));
      }
      Stmt.FuncDef spec = f.withNameAndBody(Stmt.FuncDef.specializationName(f.name(), specs.size()), prune(f.body(), bound));
      bindings.put(spec, Map.copyOf(bound));
      specs.add(new Specialization(spec, Map.copyOf(bound), members, String.join("|", names)));
    }
    return new Group(f, fused, List.copyOf(deciding), List.copyOf(specs), owner, false, null);
  }

  /** Every choice of one member per fused type (by index), the first type's varying slowest. */
  private static List<List<Integer>> combinations(List<CType.Fused> fused) {
    List<List<Integer>> out = new ArrayList<>();
    out.add(List.of());
    for (CType.Fused f : fused) {
      List<List<Integer>> next = new ArrayList<>();
      for (List<Integer> prefix : out) {
        for (int m = 0; m < f.members().size(); m++) {
          List<Integer> one = new ArrayList<>(prefix);
          one.add(m);
          next.add(List.copyOf(one));
        }
      }
      out = next;
    }
    return out;
  }

  /** The fused types a written type names, by name in order. */
  private void collect(TypeRef ref, Map<String, CType.Fused> out) {
    if (ref instanceof TypeRef.Named n) {
      // (a typedef of a fused type, or of a view of one, is that fused type)
      CType named = module.typeNamedQuietly(n.name());
      if (named != null) FusedTypes.collect(named, out);
    } else if (ref instanceof TypeRef.ClassAnnotation a) {
      // (an annotation naming a fused type: `x: number`)
      CType named = module.typeNamedQuietly(a.name());
      if (named instanceof CType.Fused) FusedTypes.collect(named, out);
    } else if (ref instanceof TypeRef.MemoryView v) {
      collect(v.dtype(), out);
    } else if (ref instanceof TypeRef.Pointer p) {
      collect(p.target(), out);
    } else if (ref instanceof TypeRef.Function f) {
      // (`void (*f)(floating)`: a function pointer's parameters and result may use them too)
      if (f.result() != null) collect(f.result(), out);
      // (a lone name there is a type's when it names one: see WrittenTypes)
      for (Stmt.Param p : f.params()) {
        boolean loneName = p.type() instanceof TypeRef.Named n && n.name().equals("object") && n.pos().equals(p.pos());
        if (loneName) collect(new TypeRef.Named(p.name(), p.pos()), out);
        else if (p.type() != null) collect(p.type(), out);
      }
    } else if (ref instanceof TypeRef.CTuple t) {
      for (TypeRef item : t.items()) collect(item, out);
    } else if (ref instanceof TypeRef.Const c) {
      collect(c.target(), out);
    } else if (ref instanceof TypeRef.Volatile v) {
      collect(v.target(), out);
    } else if (ref instanceof TypeRef.Array a) {
      collect(a.elem(), out);
      // (`np.ndarray[floating]`, read as an array of size `floating`: a buffer type of that dtype)
      String dtype = dev.pyxc.ast.Exprs.dottedName(a.size());
      if (dtype != null) collect(new TypeRef.Named(dtype, a.size().pos()), out);
    } else if (ref instanceof TypeRef.Buffer b) {
      for (TypeRef.BufferArg arg : b.args()) if (arg.type() != null) collect(arg.type(), out);
    }
  }

  /** The statements with each {@code if} on a type test reduced to the branch the test takes. */
  private List<Stmt> prune(List<Stmt> body, Map<String, CType> bound) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body) {
      if (s instanceof Stmt.If i) {
        pruneIf(i, bound, out);
      } else if (s instanceof Stmt.While w) {
        out.add(new Stmt.While(w.cond(), prune(w.body(), bound), prune(w.orElse(), bound), w.pos()));
      } else if (s instanceof Stmt.For f) {
        out.add(new Stmt.For(f.target(), f.iter(), prune(f.body(), bound), prune(f.orElse(), bound), f.from(), f.pos()));
      } else if (s instanceof Stmt.With w && Gil.condition(w) != null && fold(Gil.condition(w), bound) instanceof Boolean b) {
        out.add(Gil.decided(w, b, prune(w.body(), bound)));
      } else if (s instanceof Stmt.With w) {
        out.add(new Stmt.With(w.items(), prune(w.body(), bound), w.pos()));
      } else if (s instanceof Stmt.Try t) {
        List<Stmt.Handler> handlers = new ArrayList<>();
        for (Stmt.Handler h : t.handlers()) handlers.add(new Stmt.Handler(h.type(), h.name(), prune(h.body(), bound), h.pos(), h.namePos()));
        out.add(new Stmt.Try(prune(t.body(), bound), handlers, prune(t.orElse(), bound), prune(t.finalBody(), bound), t.pos()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private void pruneIf(Stmt.If i, Map<String, CType> bound, List<Stmt> out) {
    List<Stmt.Branch> kept = new ArrayList<>();
    for (Stmt.Branch b : i.branches()) {
      Object cond = fold(b.cond(), bound);
      if (cond instanceof Expr e) {
        kept.add(new Stmt.Branch(e, prune(b.body(), bound), b.pos()));
      } else if ((Boolean) cond) {
        // Taken whenever it is reached: the branches after it are never reached.
        List<Stmt> body = prune(b.body(), bound);
        if (kept.isEmpty()) out.addAll(body);
        else out.add(new Stmt.If(kept, body, i.pos()));
        return;
      }
    }
    List<Stmt> orElse = prune(i.orElse(), bound);
    if (kept.isEmpty()) out.addAll(orElse);
    else out.add(new Stmt.If(kept, orElse, i.pos()));
  }

  /**
   * A condition with its type tests decided: a Boolean where that decides it, else the condition
   * with decided parts as literals ({@code T is int and n > 0} is {@code n > 0} where T is int).
   */
  private Object fold(Expr cond, Map<String, CType> bound) {
    Boolean test = typeTest(cond, bound);
    if (test != null) return test;
    if (cond instanceof Expr.Not n) {
      Object inner = fold(n.operand(), bound);
      return inner instanceof Boolean b ? (Object) !b : inner == n.operand() ? cond : new Expr.Not((Expr) inner, n.pos());
    }
    if (cond instanceof Expr.BoolOp op) {
      Object left = fold(op.left(), bound);
      if (left instanceof Boolean b) return b == op.isAnd() ? fold(op.right(), bound) : b;
      Object right = fold(op.right(), bound);
      if (left == op.left() && right == op.right()) return cond;
      Expr r = right instanceof Boolean b ? new Expr.BoolLit(b, op.right().pos()) : (Expr) right;
      return new Expr.BoolOp(op.isAnd(), (Expr) left, r, op.pos());
    }
    return cond;
  }

  /**
   * A comparison of types that names a fused type ({@code T in floating}) written as a value in
   * function {@code f}: decided as {@code f}'s specialization binds them; null for any other.
   */
  Boolean decidedTypeTest(Expr.Compare c, Stmt.FuncDef f) {
    if (c.ops().size() != 1) return null;
    CType left = typeIn(c.first());
    CType right = typeIn(c.rest().get(0));
    if (left == null || right == null || !FusedTypes.contains(left) && !FusedTypes.contains(right)) return null;
    return typeTest(c, bindingsOf(f));
  }

  /**
   * A comparison of types ({@code T is double}, {@code T != int}, {@code T in other_fused}) as
   * decided in a specialization, or null where the condition is not one.
   */
  private Boolean typeTest(Expr cond, Map<String, CType> bound) {
    if (!(cond instanceof Expr.Compare c) || c.ops().size() != 1) return null;
    CompareOp op = c.ops().get(0);
    boolean in = op == CompareOp.IN || op == CompareOp.NOT_IN;
    if (op != CompareOp.IS && op != CompareOp.IS_NOT && op != CompareOp.EQ && op != CompareOp.NE && !in) return null;
    CType left = typeIn(c.first());
    CType right = typeIn(c.rest().get(0));
    if (left == null || right == null) return null;
    left = FusedTypes.specialize(left, bound);
    boolean result;
    if (in) {
      if (!FusedTypes.contains(right)) {
        if (reported.add(c)) module.diags.error(c.rest().get(0).pos(), "Can only use 'in' or 'not in' on a fused type");
        return false;
      }
      result = FusedTypes.specializations(right).contains(left);
    } else {
      right = FusedTypes.specialize(right, bound);
      result = left.equals(right);
    }
    if (FusedTypes.contains(left) || !in && FusedTypes.contains(right)) {
      // (Cython's compiler fails on this; a fused type no parameter binds has no member to compare.)
      Expr start = c.first();
      while (start instanceof Expr.Attribute a) start = a.obj();
      if (reported.add(c)) module.diags.error(start.pos(), "Type is not specialized");
      return false;
    }
    return result == (op == CompareOp.IS || op == CompareOp.EQ || op == CompareOp.IN);
  }

  /** The type an operand of a type test names ({@code double}, {@code cython.floating}, a typedef), or null. */
  private CType typeIn(Expr e) {
    String dotted = dev.pyxc.ast.Exprs.dottedName(e);
    return dotted == null ? null : module.typeNamedQuietly(dotted);
  }
}
