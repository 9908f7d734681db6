package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Diagnostics;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sema: resolves names and types, infers the types of untyped locals the way Cython's default
 * ("safe") inference does, and checks every statement, reporting all errors of the file.
 *
 * <p>This class holds what the whole module shares (its names, cdef signatures, cimports and
 * directives) and runs one {@link FunctionChecker} per function, cpdef wrapper and the module's
 * top-level statements; inference and the checks by construct live in the classes it uses.
 */
public final class Checker {
  private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  final Diagnostics diags;
  final Directives directives;
  final Set<String> moduleNames = new LinkedHashSet<>();
  final CythonNames cythonNames = new CythonNames();
  final Map<String, CFunction> cfunctions = new LinkedHashMap<>();
  final Map<String, ModuleVariable> variables = new LinkedHashMap<>();
  final ExternDeclarations externs;
  final TypeDeclarations types;
  /**
   * Errors Cython finds in a pass after type analysis, which it reaches only when that found
   * none (argument conversions of def functions, lengths of array assignments).
   */
  final List<Runnable> lateErrors = new ArrayList<>();
  final ClassChecks classes = new ClassChecks(this);
  final PyClasses pyClasses = new PyClasses(this);
  final Closures closures;
  /** Each checked function's symbols, where the functions nested in it find their free variables' types. */
  final Map<Closure, Map<String, Symbol>> closureSymbols = new java.util.IdentityHashMap<>();

  private Checker(Diagnostics diags, Directives directives) {
    this.diags = diags;
    this.directives = directives;
    this.closures = new Closures(diags);
    this.externs = new ExternDeclarations(this, diags);
    this.types = new TypeDeclarations(this, diags);
  }

  public static ModuleInfo check(Module module, Directives directives, Diagnostics diags) {
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.Import i && "__future__".equals(i.fromModule()) && i.names().stream().anyMatch(a -> a.name().equals("division"))) {
        directives = directives.copy(); // the caller's stay as they were
        directives.enableFutureDivision();
        break;
      }
    }
    Checker c = new Checker(diags, directives);
    List<FunctionInfo> functions = new ArrayList<>();
    List<Stmt> moduleBody = CythonImports.asCImports(module.body());
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.FuncDef f && !f.isCdef()) {
        c.moduleNames.add(f.name());
      } else if (s instanceof Stmt.CImport ci && !ci.module().equals("libc.math") && c.externs.cimport(ci)) {
        // pyxc's own declarations of a C library: its names are now declared.
      } else if (s instanceof Stmt.CImport ci) {
        c.cythonNames.add(ci, diags);
      } else if (s instanceof Stmt.ClassDef cd && cd.extensionType()) {
        c.classes.declare(cd);
      }
    }
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.StructDef || s instanceof Stmt.EnumDef || s instanceof Stmt.TypeDef) c.types.declare(s, null, false);
      if (s instanceof Stmt.CExtern e) {
        for (Stmt.ExternDecl d : e.decls()) if (d instanceof Stmt.ExternType et) c.types.declare(et.type(), et.cname(), true);
      }
    }
    c.types.defineAll();
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.CExtern e) c.externs.declare(e, null);
    }
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.ClassForward f && !c.classes.classes.containsKey(f.name())) {
        diags.error(f.pos(), "C class '" + f.name() + "' is declared but not defined");
      }
    }
    c.classes.readBodies();
    c.pyClasses.collect(moduleBody);
    for (ClassInfo info : c.classes.classes.values()) c.pyClasses.declareExtensionBody(info);
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.FuncDef f && f.isCdef()) c.declareCFunction(f);
      else if (s instanceof Stmt.CDef cd) c.declareVariables(cd);
    }
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.FuncDef f && f.isCdef() && f.cdef().cpdef()) c.moduleNames.add(f.name());
    }
    ModuleGlobals.topLevel(moduleBody, c.moduleNames);
    ModuleGlobals.declaredGlobalAnywhere(moduleBody, c.moduleNames);
    List<Stmt> top = new ArrayList<>();
    Set<String> defined = new java.util.HashSet<>();
    Set<String> rebound = reboundAtTopLevel(moduleBody);
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.FuncDef f) {
        FunctionChecker checker = new FunctionChecker(c, f, false);
        functions.addAll(checker.runAll());
        if (!f.isCdef() && (!defined.add(f.name()) || rebound.contains(f.name()))) {
          checker.closure.redefinition = true;
          checker.closure.boundAtStatement = true;
        }
        // Defaults that are not literals, and decorators, are evaluated where the def statement runs, at import.
        if (!EvaluatedDefaults.of(f).isEmpty()) checker.closure.boundAtStatement = true;
        if (checker.closure.boundAtStatement) top.add(f);
        if (f.isCdef() && f.cdef().cpdef()) functions.addAll(new FunctionChecker(c, CSignatures.cpdefWrapper(f), false).runAll());
      } else if (s instanceof Stmt.ClassDef cd && cd.extensionType()) {
        ClassInfo owner = c.classes.classes.get(cd.name());
        if (owner == null || owner.def != cd) continue;
        // Its statements, and its methods' evaluated defaults, run where the class statement stands.
        if (owner.body != null || cd.body().stream().anyMatch(m -> m instanceof Stmt.FuncDef f && !EvaluatedDefaults.of(f).isEmpty())) {
          top.add(cd);
        }
        for (Stmt m : cd.body()) {
          if (m instanceof Stmt.FuncDef f && owner.accessorName(f) != null) {
            // A property accessor is compiled as a method of its own name (celsius.__set__).
            String name = owner.accessorName(f);
            Stmt.FuncDef accessor = new Stmt.FuncDef(name, f.params(), f.returnType(), f.docstring(), f.body(), f.decorators(),
                null, f.pos());
            functions.addAll(new FunctionChecker(c, accessor, false, owner).runAll());
          } else if (m instanceof Stmt.FuncDef f && (owner.defMethods.get(f.name()) == f
              || (f.isCdef() && owner.cmethods.containsKey(f.name()) && isFirstDef(cd, f)))) {
            functions.addAll(new FunctionChecker(c, f, false, owner).runAll());
          }
        }
        for (Stmt.FuncDef w : owner.synthesized) functions.addAll(new FunctionChecker(c, w, false, owner).runAll());
        if (owner.unpickle != null) functions.addAll(new FunctionChecker(c, owner.unpickle, false).runAll());
      } else if (!(s instanceof Stmt.CImport) && !(s instanceof Stmt.ClassForward) && !(s instanceof Stmt.CExtern)
          && !(s instanceof Stmt.StructDef) && !(s instanceof Stmt.EnumDef) && !(s instanceof Stmt.TypeDef)) {
        top.add(s);
      }
    }
    if (!top.isEmpty()) {
      // The top-level statements run at import as one function whose names are all globals.
      Stmt.FuncDef body = new Stmt.FuncDef(Stmt.FuncDef.MODULE_BODY, List.of(), null, null, List.copyOf(top), List.of(), null,
          top.get(0).pos());
      functions.addAll(new FunctionChecker(c, body, true).runAll());
    }
    for (PyClassInfo py : c.pyClasses.order) {
      // The class body, and after it the functions it makes: its methods.
      FunctionChecker bodyChecker = new FunctionChecker(c, py.bodyFunction(), true);
      bodyChecker.pyClass = py;
      bodyChecker.classBody = true;
      functions.addAll(bodyChecker.runAll());
    }
    if (!diags.hasErrors()) c.lateErrors.forEach(Runnable::run);
    return new ModuleInfo(module, List.copyOf(functions), java.util.Collections.unmodifiableSet(new LinkedHashSet<>(c.moduleNames)),
        directives, java.util.Collections.unmodifiableMap(c.cfunctions),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(c.classes.classes)),
        java.util.Collections.unmodifiableMap(c.pyClasses.classes), java.util.Collections.unmodifiableMap(c.variables),
        java.util.Collections.unmodifiableMap(externVariables(c)), List.copyOf(c.externs.preamble()), List.copyOf(c.types.structs),
        java.util.Collections.unmodifiableMap(enumConstants(c)),
        c.types.cpdefEnums.stream().map(e -> new ModuleInfo.CpdefEnum(e.name(), e.members(), e.values())).toList());
  }

  /**
   * Names the module's code assigns other than by a def (assignment, loop target, import, del):
   * a def of such a name is bound where its statement stands, so that the order is Python's.
   */
  private static Set<String> reboundAtTopLevel(List<Stmt> body) {
    Set<String> out = new java.util.HashSet<>();
    for (Stmt s : body) {
      List<dev.pyxc.ast.Expr> targets = new ArrayList<>();
      if (s instanceof Stmt.Assign a) targets.addAll(a.targets());
      else if (s instanceof Stmt.AugAssign a) targets.add(a.target());
      else if (s instanceof Stmt.For f) targets.add(f.target());
      else if (s instanceof Stmt.Del d) targets.addAll(d.targets());
      else if (s instanceof Stmt.Import i) i.names().forEach(a -> out.add(i.bound(a)));
      for (dev.pyxc.ast.Expr t : targets) {
        List<dev.pyxc.ast.Expr> parts = dev.pyxc.ast.Exprs.elements(t) != null ? dev.pyxc.ast.Exprs.elements(t) : List.of(t);
        for (dev.pyxc.ast.Expr p : parts) if (p instanceof dev.pyxc.ast.Expr.Name n) out.add(n.id());
      }
      for (List<Stmt> block : dev.pyxc.ast.Stmts.blocks(s)) out.addAll(reboundAtTopLevel(block));
    }
    return out;
  }

  /** Whether {@code f} is the first method of its name in the class (a redeclaration was reported). */
  private static boolean isFirstDef(Stmt.ClassDef cd, Stmt.FuncDef f) {
    for (Stmt m : cd.body()) if (m instanceof Stmt.FuncDef g && g.name().equals(f.name())) return g == f;
    return false;
  }

  /** Records a cdef function's signature so that every function may call it (or itself). */
  private void declareCFunction(Stmt.FuncDef f) {
    if (cfunctions.containsKey(f.name()) && cfunctions.get(f.name()).extern() != null) {
      // As Cython: a cdef function may not define a name an extern block declared, whatever its signature.
      diags.error(f.pos(), "Function signature does not match previous declaration");
      return;
    }
    if (cfunctions.containsKey(f.name()) || moduleNames.contains(f.name())) {
      diags.error(f.pos(), "'" + f.name() + "' redeclared ");
      return;
    }
    cfunctions.put(f.name(), CSignatures.of(f, this::resolve, diags));
  }

  private static Map<String, ModuleInfo.EnumConstant> enumConstants(Checker c) {
    Map<String, ModuleInfo.EnumConstant> out = new LinkedHashMap<>();
    c.types.constants.forEach((k, v) -> out.put(k, new ModuleInfo.EnumConstant(v.cName(), v.type(), v.value())));
    return out;
  }

  private static Map<String, ModuleInfo.ExternVariable> externVariables(Checker c) {
    Map<String, ModuleInfo.ExternVariable> out = new LinkedHashMap<>();
    c.externs.variables.forEach((k, v) -> out.put(k, new ModuleInfo.ExternVariable(v.cName(), v.type())));
    return out;
  }

  /** Declares a module-level {@code cdef} statement's variables (C statics of the module). */
  private void declareVariables(Stmt.CDef cd) {
    if (cd.visibility() == Stmt.Visibility.READONLY) {
      // Cython: only extension-type attributes may be readonly.
      diags.error(cd.names().get(0).pos(), "Module-level variable cannot be declared readonly");
      return;
    }
    for (Stmt.Declarator d : cd.names()) {
      CType t = resolve(d.typeIn(cd));
      if (t instanceof CType.Void) {
        diags.error(cd.type().pos(), "Variable type 'void' is incomplete");
        continue;
      }
      if (variables.containsKey(d.name()) || cfunctions.containsKey(d.name()) || externs.variables.containsKey(d.name())) {
        diags.error(d.pos(), "'" + d.name() + "' redeclared ");
        dev.pyxc.diag.Pos prev = variables.containsKey(d.name()) ? variables.get(d.name()).pos()
            : externs.variables.containsKey(d.name()) ? externs.variables.get(d.name()).pos() : null;
        if (prev != null) diags.error(prev, "Previous declaration is here");
        continue;
      }
      variables.put(d.name(), new ModuleVariable(d.name(), t, d.pos(), cd.visibility() == Stmt.Visibility.PUBLIC));
    }
  }

  /** The literal's C type as Cython picks it: C long within 32 bits, else a Python int. */
  static CType intLiteralType(BigInteger v) {
    return v.compareTo(INT32_MIN) >= 0 && v.compareTo(INT32_MAX) <= 0 ? CType.LONG : CType.pyBuiltin("int");
  }

  /** The extension type a type is an instance of, or null. */
  ClassInfo classOf(CType t) {
    return t instanceof CType.PyObject o && o.isExtType() ? classes.classes.get(o.extType()) : null;
  }

  /** Resolves a written type; reports Cython's message when unknown. */
  /** The type a bare name stands for ({@code sizeof(Point)}), or null when it names none. */
  CType typeNamed(String name) {
    ClassInfo cls = classes.classes.get(name);
    if (cls != null) return cls.type();
    CType declared = types.lookup(name);
    return declared != null ? declared : Types.named(name);
  }

  CType resolve(TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      ClassInfo cls = classes.classes.get(n.name());
      if (cls != null) return cls.type();
      if (n.name().equals("void")) return CType.VOID;
      CType t = types.lookup(n.name());
      if (t == null) t = Types.named(n.name());
      if (t == null) {
        diags.error(n.pos(), Types.KNOWN_TO_CYTHON.contains(n.name()) ? "'" + n.name() + "' as a declared type is not supported by pyxc"
            : "'" + n.name() + "' is not a type identifier");
        return CType.OBJECT;
      }
      return t;
    } else if (ref instanceof TypeRef.Const c) {
      // pyxc's types carry no const: only a const variable's own assignments are refused (FunctionChecker).
      return resolve(c.target());
    } else if (ref instanceof TypeRef.Pointer p) {
      return new CType.Pointer(resolve(p.target()));
    } else if (ref instanceof TypeRef.Array a) {
      CType elem = resolve(a.elem());
      if (a.size() == null) {
        diags.error(a.pos(), "Array dimension must be given");
        return CType.OBJECT;
      }
      java.math.BigInteger size = ConstantExpressions.intValue(a.size(), types::constantValue);
      if (size == null) {
        diags.error(a.size().pos(), "Not allowed in a constant expression");
        return CType.OBJECT;
      }
      if (size.signum() < 0 || size.bitLength() > 31) {
        diags.error(a.size().pos(), "Array dimension out of range");
        return CType.OBJECT;
      }
      if (elem instanceof CType.PyObject || elem instanceof CType.MemView) {
        diags.error(a.pos(), "Array element cannot be a Python object");
        return CType.OBJECT;
      }
      return new CType.CArray(elem, size.intValue());
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
}
