package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one function body: the state every part of the check shares, and the order they run
 * in. {@link TypeInference} declares and infers the locals first, with expression types that may
 * still be unknown; then, recording every expression's type, {@link StatementChecks} walks the
 * body, with {@link ExpressionTypes}, {@link SubscriptChecks}, {@link CallChecks} and
 * {@link AssignmentChecks} for what the statements contain.
 */
final class FunctionChecker {
  final Checker module;
  final Diagnostics diags;
  final Stmt.FuncDef def;
  final Map<String, Symbol> symbols = new LinkedHashMap<>();
  /** Locals and parameters whose value is read somewhere (for the unused warnings). */
  final Set<String> read = new HashSet<>();
  final List<Symbol> params = new ArrayList<>();
  final IdentityHashMap<Expr, CType> types = new IdentityHashMap<>();
  final IdentityHashMap<Stmt.For, CType> rangeLoops = new IdentityHashMap<>();
  final IdentityHashMap<Stmt.For, Prange> pranges = new IdentityHashMap<>();
  final IdentityHashMap<Stmt.With, ParallelBlock> parallelBlocks = new IdentityHashMap<>();
  final IdentityHashMap<Stmt.With, Directives> withDirectives = new IdentityHashMap<>();
  /** {@code Enum.MEMBER} attributes: the enum constant each names. */
  final IdentityHashMap<Expr.Attribute, String> enumMembers = new IdentityHashMap<>();
  final IdentityHashMap<Expr.SizeOf, CType> sizeofTypes = new IdentityHashMap<>();
  /** Calls of Cython's compile-time functions and the expressions they stand for (see CythonCalls). */
  final IdentityHashMap<Expr, Expr> cythonCalls = new IdentityHashMap<>();
  /** Reads of an extern class's inline properties, each the call of its function (made once per read). */
  final IdentityHashMap<Expr.Attribute, Expr.Call> propertyCalls = new IdentityHashMap<>();
  /** The specialization each call of a cdef fused function runs. */
  final IdentityHashMap<Expr.Call, CFunction> fusedCalls = new IdentityHashMap<>();
  /** Casts {@code <T[:n]> p}: the cython.array each makes. */
  final IdentityHashMap<Expr.Cast, CythonArrayCast> arrayCasts = new IdentityHashMap<>();
  /** {@code obj.m} (or {@code obj.m[double]}) of a cdef method where a C function pointer is wanted: the method (MethodPointers). */
  final IdentityHashMap<Expr, CFunction> methodPointers = new IdentityHashMap<>();
  final MethodPointers methodPointerChecks = new MethodPointers(this);
  /** Names of cdef functions used as Python objects: the def made for each (CFunctionObjects). */
  final IdentityHashMap<Expr, Stmt.FuncDef> cfunctionObjects = new IdentityHashMap<>();
  /** The type each parameter and cdef local is declared with, as written (how cython.typeof names typedefs). */
  final Map<String, dev.pyxc.ast.TypeRef> writtenTypes = new java.util.HashMap<>();
  /** Locals declared {@code const}: Cython refuses every assignment to them, their initialiser's too. */
  final Set<String> constLocals = new HashSet<>();
  /** The const locals that are arrays of const items ({@code cdef const int[3] a}). */
  final Set<String> constArrays = new HashSet<>();
  /** Iterables of for loops: a slice of a C pointer there is a C loop, not a Python object. */
  final java.util.Set<Expr> loopIterables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  /** The function's directives (header, -X, decorators), and those of the block being checked. */
  Directives fnDirectives;
  Directives current;
  /** Checking the module's top-level statements: every name is a module global. */
  final boolean moduleScope;
  /** Names this function declares {@code global}. */
  final Set<String> globals = new HashSet<>();
  /** OBJECT for a def; a cdef function's declared return type (VOID for void). */
  CType returnType = CType.OBJECT;
  /** False while inferring: types may be unknown and nothing is reported or recorded. */
  boolean recording;
  /** Inside a nogil function's body or a {@code with nogil:} block (not within {@code with gil:}): no Python operation. */
  boolean withoutGil;
  final NogilChecks nogil = new NogilChecks(this);
  /** Inside a {@code with nogil:} block (not a {@code with gil:} within it), where the GIL is surely released. */
  boolean gilReleasedHere;
  int loopDepth;

  final TypeInference inference = new TypeInference(this);
  final StatementChecks statements = new StatementChecks(this);
  final AssignmentChecks assignments = new AssignmentChecks(this);
  final ExpressionTypes expressions = new ExpressionTypes(this);
  final SubscriptChecks subscripts = new SubscriptChecks(this);
  final CallChecks calls = new CallChecks(this);
  final CastChecks casts = new CastChecks(this);
  final StructChecks structs = new StructChecks(this);
  final ParallelLoops parallel = new ParallelLoops(this);

  /** The extension type of a method, whose first parameter is the instance; null for a function. */
  final ClassInfo owner;
  /** The Python class of a method or of a class body (then {@link #classBody}); null otherwise. */
  PyClassInfo pyClass;
  boolean classBody;
  /** How this function nests; set before {@link #run} for a nested function, else found by it. */
  Closure closure;
  final IdentityHashMap<Expr.Comprehension, ComprehensionLoop> comprehensions = new IdentityHashMap<>();
  /** The generator expressions a call consumes whole, and how ({@code any()}, a list for {@code sum()}, ...). */
  final IdentityHashMap<Expr.Comprehension, ComprehensionLoop.Mode> consumers = new IdentityHashMap<>();

  FunctionChecker(Checker module, Stmt.FuncDef def, boolean moduleScope) {
    this(module, def, moduleScope, null);
  }

  FunctionChecker(Checker module, Stmt.FuncDef def, boolean moduleScope, ClassInfo owner) {
    this.owner = owner;
    this.module = module;
    this.diags = module.diags;
    this.def = def;
    this.moduleScope = moduleScope;
  }

  /** This function and, after it (they take the types of its variables), the functions nested in it. */
  List<FunctionInfo> runAll() {
    List<FunctionInfo> out = new ArrayList<>();
    out.add(run());
    module.closureSymbols.put(closure, symbols);
    for (String cell : closure.cells) closure.cellTypes.put(cell, symbols.containsKey(cell) ? symbols.get(cell).type() : CType.OBJECT);
    for (Closure child : closure.children) {
      FunctionChecker nested = new FunctionChecker(module, child.def, child.classBody);
      nested.closure = child;
      if (child.classBody) {
        // A class statement in this function: its body fills the class namespace.
        nested.classBody = true;
        nested.pyClass = module.pyClasses.declareLocal(child.classStatement, child.cPart);
      } else if (closure.classBody && child.lambda == null && child.genexpr == null) {
        nested.pyClass = pyClass; // a method of that class
      }
      // (a fused method's specialization, nested in its Python class's body, with its fused types bound)
      if (module.isSpecialization(child.def)) module.specialized(child.def, () -> out.addAll(nested.runAll()));
      else out.addAll(nested.runAll());
    }
    return out;
  }

  /** Whether a generator expression is compiled as a generator function of its own (not inlined). */
  boolean isGeneratorFunction(Expr.Comprehension c) {
    return closure.children.stream().anyMatch(ch -> ch.genexpr == c);
  }

  /** The loop a comprehension is compiled as, made (with its hidden result declared) on first use. */
  ComprehensionLoop comprehension(Expr.Comprehension c) {
    ComprehensionLoop loop = comprehensions.get(c);
    if (loop != null) return loop;
    ComprehensionLoop.Mode mode = consumers.get(c);
    if (mode == null) {
      mode = switch (c.kind()) {
        case LIST, GENERATOR -> ComprehensionLoop.Mode.LIST;
        case SET -> ComprehensionLoop.Mode.SET;
        case DICT -> ComprehensionLoop.Mode.DICT;
      };
    }
    loop = ComprehensionLoop.of(c, mode, comprehensions.size() + 1);
    comprehensions.put(c, loop);
    symbols.put(loop.result(), new Symbol(loop.result(), loop.resultType(), Symbol.Kind.LOCAL, true, c.pos()));
    read.add(loop.result());
    return loop;
  }

  private String rootQualname() {
    if (moduleScope) return classBody && pyClass != null ? pyClass.def().name() : "";
    if (owner != null) return owner.name() + "." + def.displayName();
    if (pyClass != null) return pyClass.def().name() + "." + def.displayName();
    return def.displayName();
  }

  FunctionInfo run() {
    dev.pyxc.diag.Pos outer = module.bufferLayoutAt;
    module.bufferLayoutAt = def.pos();
    try {
      return checked();
    } finally {
      module.bufferLayoutAt = outer;
    }
  }

  private FunctionInfo checked() {
    if (closure == null) closure = module.closures.analyze(def, rootQualname(), !moduleScope, classBody);
    if (def.isCdef() && def.cdef().cpdef() && closure.hasScope()) diags.error(def.pos(), "closures inside cpdef functions not yet supported");
    if (closure.generator && def.name().startsWith(Stmt.FuncDef.specializationName("", 0))) {
      diags.error(def.pos(), "Fused generators not supported");
    }
    for (Map.Entry<String, Closure> free : closure.free.entrySet()) {
      if (closure.passesThrough(free.getKey())) continue;
      Symbol outer = module.closureSymbols.get(free.getValue()).get(free.getKey());
      // (a buffer variable captured is refused where it is declared: here it is its object)
      CType t = outer == null ? CType.OBJECT : outer.type() instanceof CType.PyObject p ? p.withoutBuffer() : outer.type();
      symbols.put(free.getKey(), new Symbol(free.getKey(), t, Symbol.Kind.FREE, true, def.pos()));
    }
    Set<Stmt.Param> redeclared = ParamChecks.signature(def, diags);
    // Only a module's own functions are fused: a nested def or lambda may not take a fused type.
    boolean nestedFused = closure.isNested() && module.fused.usesFusedTypes(def) && !module.isSpecialization(def);
    if (nestedFused && module.fused.firstReport(closure.lambda != null ? closure.lambda : def.body())) {
      diags.error(closure.lambda != null ? closure.lambda.pos() : def.pos(),
          closure.lambda != null ? "Fused lambdas not allowed" : "Cannot nest fused functions");
    }
    for (Stmt.Param p : def.params()) {
      boolean self = owner != null && p == def.params().get(0) && ClassInfo.methodKind(def) == null && !ClassInfo.selfInStarArgs(def)
          && !owner.selfUntyped(def);
      CType written = p.type() == null ? (self ? owner.type() : ParamChecks.untypedType(p))
          : nestedFused ? module.withFusedMisuse("", null, () -> module.resolve(p.type())) : module.resolve(p.type());
      if (redeclared.contains(p)) continue;
      CType t = p.type() != null && IncompleteTypes.reportArgument(written, p.type().pos(), diags) ? CType.ERROR : written;
      if (p.notNone() && p.defaultValue() instanceof Expr.NoneLit) {
        diags.error(p.pos(), "Parameter '" + p.name() + "' is declared 'not None' but has a default value of None");
      } else if ((p.notNone() || p.orNone()) && !(t instanceof CType.PyObject || t instanceof CType.MemView)
          && !(p.type() instanceof dev.pyxc.ast.TypeRef.ClassAnnotation)) {
        // (an annotation refuses None only where it names a Python type; `x: number` of a fused type names C ones)
        diags.error(p.pos(), "Only Python type arguments can have '" + (p.notNone() ? "not" : "or") + " None'");
      }
      if (!def.isCdef() && (CPointers.isPointerLike(t) && !(t instanceof CType.Pointer cp && cp.isCharPtr())
          || t instanceof CType.Struct st && !st.type().convertsToPython())) {
        module.lateErrors.add(() -> diags.error(p.pos(), "Cannot convert Python object argument to type '" + CPointers.decay(t).name() + "'"));
      }
      // (`const int x`, `const (T *) p`: a cdef function's; a def's arguments are converted into plain locals, as in Cython)
      if (def.isCdef() && p.type() instanceof dev.pyxc.ast.TypeRef.Const) constLocals.add(p.name());
      if (p.type() != null) writtenTypes.put(p.name(), p.type());
      Symbol s = new Symbol(p.name(), t, Symbol.Kind.PARAM, true, p.pos());
      symbols.put(p.name(), s);
      params.add(s);
    }
    CFunction self = !def.isCdef() ? null : owner != null ? owner.cmethods.get(def.name()) : module.cfunctions.get(def.name());
    returnType = self != null ? self.returnType() : defReturnType();
    fnDirectives = owner != null && owner.directives != null ? owner.directives.copy() : module.directives.copy();
    boolean arbitraryReported = false;
    for (Stmt.Decorator d : def.decorators()) {
      if (owner != null && !def.isCdef() && ClassInfo.isMethodDecorator(d, def)) continue;
      // @cython.final on a method: no subclass may override it, which pyxc's dispatch does not need to know.
      if (owner != null && "cython.final".equals(module.cythonNames.qualify(d.expr()))) continue;
      if (Locks.CRITICAL_SECTION.equals(module.cythonNames.qualify(d.expr() instanceof Expr.Call c ? c.func() : d.expr()))) {
        criticalSectionDecorator(d, params);
        continue;
      }
      if (!DirectiveUses.apply(d.expr(), DirectiveUses.Scope.FUNCTION, d.pos(), module.cythonNames, fnDirectives, diags)
          && pyClass == null) {
        Expr root = d.expr() instanceof Expr.Call c ? c.func() : d.expr();
        while (root instanceof Expr.Attribute a) root = a.obj();
        boolean undeclared = root instanceof Expr.Name n && !module.moduleNames.contains(n.id()) && !Builtins.NAMES.contains(n.id())
            && !module.importStar;
        if (owner == null && !def.isCdef() && (closure.isNested() || !undeclared)) {
          // Evaluated and applied where the def statement runs, and checked there.
          closure.boundAtStatement = !closure.isNested();
          continue;
        }
        if (def.isCdef() && !undeclared) {
          // Cython says so once a function, at its first such decorator.
          if (!arbitraryReported) diags.error(d.pos(), "Cdef functions cannot take arbitrary decorators.");
          arbitraryReported = true;
        } else if (undeclared) {
          Expr.Name n = (Expr.Name) root;
          diags.error(n.pos(), "undeclared name not builtin: " + n.id());
        } else {
          diags.error(d.expr().pos(), "decorators other than compiler directives are not supported by pyxc");
        }
      }
    }
    // An outer decorator's directive wins over an inner one's, as in Cython: applied again, innermost
    // first (quietly: the pass above reported what was wrong).
    Diagnostics quiet = new Diagnostics(diags.file());
    for (int k = def.decorators().size() - 1; k >= 0; k--) {
      DirectiveUses.apply(def.decorators().get(k).expr(), DirectiveUses.Scope.FUNCTION, def.decorators().get(k).pos(), module.cythonNames,
          fnDirectives, quiet);
    }
    current = fnDirectives;
    if (!moduleScope) ModuleGlobals.declaredGlobal(def.body(), globals);
    // `m.counter = 1` assigns a cimported module's variable, never a local of that name.
    for (String v : module.variables.keySet()) if (v.contains(".")) globals.add(v);
    inference.collect(def.body(), true);
    inference.infer();
    recording = true;
    for (Stmt.Param p : def.params()) {
      if (p.defaultValue() != null) checkDefault(p);
    }
    withoutGil = def.isCdef() && def.cdef().nogil();
    // A `with gil` function (its body one `with gil:` block) may return an object.
    boolean withGil = def.body().size() == 1 && def.body().get(0) instanceof Stmt.With w && Gil.releases(w.items().get(0)) == Boolean.FALSE;
    if (withoutGil && !withGil && returnType instanceof CType.PyObject) {
      diags.error(def.pos(), "Function with Python return type cannot be declared nogil");
    }
    if (withoutGil && symbols.values().stream().anyMatch(s -> s.kind() == Symbol.Kind.LOCAL && s.declared() && s.type() instanceof CType.PyObject)) {
      diags.error(def.pos(), "Function declared nogil has Python locals or temporaries");
    }
    statements.checkBlock(def.body());
    checkCStorage();
    if (!moduleScope) {
      Set<Expr> unevaluated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      cythonCalls.forEach((call, eq) -> {
        if (eq instanceof Expr.StrLit) unevaluated.add(call); // cython.typeof(x) does not evaluate x
      });
      Map<Stmt.With, List<String>> blockPrivates = new IdentityHashMap<>();
      parallelBlocks.forEach((w, b) -> blockPrivates.put(w, b.privates()));
      AssignmentFlow.check(def.body(), symbols, closure.cells, fnDirectives.get("warn.maybe_uninitialized"), fnDirectives.get("warn.unused_result"),
          !fnDirectives.languageLevel().equals("2"), diags, unevaluated, blockPrivates);
    }
    warnUnused();
    // Declaration order, not Map.copyOf's per-run order: the C must be the same on every run.
    return new FunctionInfo(def, List.copyOf(params), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(symbols)),
        types, rangeLoops, fnDirectives, withDirectives, returnType, owner, pyClass, classBody, closure, comprehensions,
        sizeofTypes, cythonCalls, enumMembers, pranges, parallelBlocks, fusedCalls, propertyCalls, arrayCasts, cfunctionObjects,
        methodPointers);
  }

  /**
   * {@code @cython.critical_section}: a critical section on the first argument for the call, with
   * Cython's errors; it locks nothing where the GIL serialises Python code (see
   * WithChecks.criticalSection), so a valid one compiles to the function as it is.
   */
  private void criticalSectionDecorator(Stmt.Decorator d, List<Symbol> params) {
    if (d.expr() instanceof Expr.Call) {
      diags.error(d.pos(), "critical_section decorator does not take arguments");
    } else if (def.params().isEmpty() || def.params().get(0).kind() == Stmt.Param.Kind.STAR
        || def.params().get(0).kind() == Stmt.Param.Kind.DSTAR || def.params().get(0).kind() == Stmt.Param.Kind.KEYWORD_ONLY) {
      diags.error(d.pos(), "critical_section directive can only be applied to a function with one or more positional arguments");
    } else if (def.isCdef() && def.cdef().nogil()) {
      diags.error(d.pos(), "Critical sections require the GIL");
      diags.error(d.pos(), "Creating temporary Python reference not allowed without gil");
    } else if (!params.isEmpty() && !(params.get(0).type() instanceof CType.PyObject || Locks.isLock(params.get(0).type())
        || params.get(0).type() instanceof CType.Pointer p && Locks.isLock(p.target()))) {
      diags.error(d.pos(), Locks.CRITICAL_SECTION_ARGUMENTS);
    }
  }

  /**
   * Buffer variables live in their function's C frame: not in a closure's scope or a generator's
   * frame (C arrays may: a generator's frame or a scope object holds them, see ScopeEmitter).
   */
  private void checkCStorage() {
    for (Symbol s : symbols.values()) {
      if (Types.bufferOf(s.type()) != null && s.kind() != Symbol.Kind.FREE) {
        // A buffer variable lives in its function's C frame: not in a closure's cell or a generator's frame.
        if (closure.generator || closure.cells.contains(s.name()) || closure.inInlinedGenexpr.contains(s.name())) {
          diags.error(s.pos(), BufferTypes.LOCAL_ONLY);
        } else if (s.kind() == Symbol.Kind.PARAM && def.isCdef() && def.cdef().nogil()) {
          diags.error(s.pos(), "Buffer may not be acquired without the GIL. Consider using memoryview slices instead.");
        }
      }
    }
  }

  private void checkDefault(Stmt.Param p) {
    Expr d = p.defaultValue();
    // Typed where the def runs: a module-level def's in the module's code, a nested def's (or a method's) in its maker.
    // (a cdef function's or an extension type's method's at its def or class statement, into the module's slots).
    if (!CSignatures.isLiteral(d)) return;
    CType t = type(d);
    Symbol s = symbols.get(p.name());
    if (s.type() instanceof CType.MemView) {
      // A bytes literal is a buffer: the wrapper acquires the view from its constant.
      if (d instanceof Expr.StrLit) diags.error(d.pos(), AssignmentChecks.UNICODE_COERCION);
      else if (!(d instanceof Expr.NoneLit || d instanceof Expr.BytesLit)) {
        // (Cython reports the conversion twice: at the default, and at the parameter's type)
        diags.error(d.pos(), "Cannot convert '" + t.name() + "' to memoryviewslice");
        if (p.type() != null) diags.error(p.type().pos(), "Cannot convert '" + t.name() + "' to memoryviewslice");
      }
      return;
    }
    if (s.type() instanceof CType.Pointer && t instanceof CType.NullPtr || AssignmentChecks.isCStringLiteral(d, s.type())) return;
    // A one-byte bytes literal is a C integer's char (`char method=b'D'`), as in Cython.
    if (s.type() instanceof CType.CInt && !Types.isUcs4(s.type()) && d instanceof Expr.BytesLit b && b.value().length() == 1) return;
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

  /**
   * Cython's {@code warn.unused} and {@code warn.unused_arg} (the first is part of
   * {@code -Wextra}): names bound and never read, except {@code _} and names starting with
   * {@code unused}, which say so on purpose.
   */
  private void warnUnused() {
    for (Symbol s : symbols.values()) {
      if (read.contains(s.name()) || s.kind() == Symbol.Kind.FREE || dev.pyxc.ast.ComprehensionVariables.isRenamed(s.name())
          || s.name().equals("_") || s.name().startsWith("unused") || readByNested(closure, s.name())) continue;
      if (s.kind() == Symbol.Kind.PARAM && fnDirectives.get("warn.unused_arg")) {
        diags.warning(s.pos(), "Unused argument '" + s.name() + "'");
        // (Cython lists an argument a nested function assigns (nonlocal) in that function's scope too)
        if (fnDirectives.get("warn.unused") && closure.assignedInside.contains(s.name())) {
          diags.warning(s.pos(), "Unused entry '" + s.name() + "'");
        }
      } else if (s.kind() == Symbol.Kind.LOCAL && fnDirectives.get("warn.unused")) {
        diags.warning(s.pos(), "Unused entry '" + s.name() + "'");
      }
    }
  }

  /** Whether a function nested in {@code c} reads its variable {@code name} (one it declares nonlocal only assigns it here). */
  private static boolean readByNested(Closure c, String name) {
    for (Closure child : c.children) {
      if (child.free.containsKey(name) && !child.nonlocals.contains(name)) return true;
      if (child.free.containsKey(name) && readByNested(child, name)) return true;
    }
    return false;
  }

  /** Types an expression; records it once checking has started. Null while unknown during inference. */
  CType type(Expr e) {
    if (recording && withoutGil) nogil.before(e);
    CType t = expressions.compute(e);
    if (recording) {
      if (t == null) t = CType.OBJECT;
      types.put(e, t);
      if (withoutGil) nogil.after(e, t);
    }
    return t;
  }

  /**
   * A value about to become a Python object: Cython's error when its type has no Python form
   * ({@code void}, a pointer other than {@code char *}, NULL).
   */
  void toPython(Expr e) {
    // (an `and`/`or`/conditional of pointers converts each operand on its own, as in Cython)
    CType t = types.get(e);
    if (CPointers.isPointerLike(t) && e instanceof Expr.BoolOp b) {
      toPython(b.left());
      toPython(b.right());
    } else if (CPointers.isPointerLike(t) && e instanceof Expr.IfExp i) {
      toPython(i.then());
      toPython(i.orElse());
    } else if (!module.cfunctionObjects.wraps(this, e)) {
      toPython(t, e.pos());
    }
  }

  /** As {@link #toPython(Expr)}, for a value of type t at pos. */
  void toPython(CType t, Pos pos) {
    if (t instanceof CType.Void) report(pos, "Cannot convert 'void' to Python object");
    else if (t instanceof CType.Struct s && !s.type().convertsToPython()) report(pos, "Cannot convert '" + t.name() + "' to Python object");
    else if (t != null && CPointers.isPointerLike(t)) {
      String error = CPointers.assignError(t, CType.OBJECT);
      if (error != null) report(pos, error);
    }
  }

  /**
   * A def's result type: an object, of the Python builtin or extension type its return annotation
   * names, which Cython 3 checks each returned value against ("Expected str, got int"; None
   * passes), as a variable of that type is checked; a C type there (`-> cython.int`, `-> float`)
   * it does not apply, and neither does a generator's.
   */
  private CType defReturnType() {
    if (def.returnType() == null || closure.generator) return CType.OBJECT;
    CType annotated = module.resolve(def.returnType());
    return annotated instanceof CType.PyObject o && (o.builtin() != null || o.extType() != null) && o.buffer() == null ? o : CType.OBJECT;
  }

  void report(Pos pos, String message) {
    if (recording) diags.error(pos, message);
  }
}
