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
  /** Names the module's top level binds, known before its declarations are (a dotted type's first name is looked up there). */
  final Set<String> boundAtTopLevel = new java.util.HashSet<>();
  /**
   * Names a {@code from m cimport name} bound to a module {@code m/name.pxd} that does not exist
   * (m declares no such name): Cython reports the file, and then the name's uses as no value.
   */
  final Set<String> missingModules = new java.util.HashSet<>();
  /** Names a cimport bound to a builtin its module's {@code .pxd} does not declare (see Builtins.CIMPORTABLE): name to builtin. */
  final Map<String, String> builtinAliases = new LinkedHashMap<>();
  final CythonNames cythonNames = new CythonNames();
  /** Where the module's first def statement of each name stands (a cdef function of that name is Cython's error). */
  final Map<String, dev.pyxc.diag.Pos> defPositions = new java.util.HashMap<>();
  /** The module's own variables declared const, and how (known before any type is resolved). */
  final Map<String, ConstVariables.Constness> constVariables = new java.util.HashMap<>();
  /** Their written types. */
  final Map<String, TypeRef> constTypes = new java.util.HashMap<>();
  /** The module's const variables given their value (once: Cython's {@code entry.init}). */
  final Set<String> initializedConsts = new java.util.HashSet<>();
  /** What the module's top-level imports bind of the standard library Cython knows. */
  StandardLibraryNames standardLibrary = StandardLibraryNames.of(List.of());
  final Map<String, CFunction> cfunctions = new LinkedHashMap<>();
  final Map<String, ModuleVariable> variables = new LinkedHashMap<>();
  final ExternDeclarations externs;
  final TypeDeclarations types;
  /**
   * Errors Cython finds in a pass after type analysis, which it reaches only when that found
   * none (argument conversions of def functions, lengths of array assignments).
   */
  final List<Runnable> lateErrors = new ArrayList<>();
  /** Errors Cython finds in its last pass over a module (uses of fused types nothing specialized), after all others. */
  final List<Runnable> finalErrors = new ArrayList<>();
  final ClassChecks classes = new ClassChecks(this);
  final PyClasses pyClasses = new PyClasses(this);
  final Closures closures;
  final FusedFunctions fused = new FusedFunctions(this);
  final CFunctionObjects cfunctionObjects = new CFunctionObjects(this);
  /** What the types resolved now do with fused types (a specialization's members, the message for one nothing binds). */
  final FusedScope fusedScope;
  private final WrittenTypes writtenTypes = new WrittenTypes(this);
  /** Each checked function's symbols, where the functions nested in it find their free variables' types. */
  final Map<Closure, Map<String, Symbol>> closureSymbols = new java.util.IdentityHashMap<>();

  /**
   * The def of the function whose types are being resolved, where Cython reports what it finds
   * wrong with a buffer type when it lays out the function's buffers; null outside functions.
   */
  dev.pyxc.diag.Pos bufferLayoutAt;

  /**
   * The C names of the module's const extern variables, known before its extern blocks are declared: a
   * struct's array field may be sized by one ({@code int values[THREE]}, a header's macro).
   */
  final Map<String, String> externNamesAhead = new java.util.HashMap<>();

  /** Set while an extern block's declarations are resolved: C function types there raise nothing unless they say so. */
  boolean resolvingExtern;

  /** Where {@code .pxd} files come from, and each one checked so far in this compile (shared by every checker of it). */
  final DeclarationFiles files;
  private final Map<String, Checker> declarationFiles;
  /** The dotted name of the {@code .pxd} this checker declares, or null for the module being compiled. */
  final String declaredModule;
  /** Whether that {@code .pxd} is a package's own ({@code __init__.pxd}). */
  private boolean declaresPackage;
  /** The {@code cdef inline} functions that {@code .pxd} defines. */
  final Set<String> inlineFunctions = new LinkedHashSet<>();
  /** The C functions the module's own code calls or names (not the inline functions of cimported files): see NumpyImport. */
  final Set<CFunction> usedCFunctions = new java.util.HashSet<>();
  /** The inline functions of cimported files this module compiles (see UserCimports). */
  final Set<Stmt.FuncDef> cimportedInline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  final UserCimports userCimports;
  /** The statements of the module's own {@code .pxd}, checked as if they began the module. */
  final Set<Stmt> ownDeclarations = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** The signature of each function a {@code .pxd} declares, as its capsule is named (CapiSignatures). */
  final Map<String, String> capiSignatures = new java.util.HashMap<>();
  /** The names of the extension types the module's own {@code .pxd} declares. */
  final Set<String> ownClasses = new java.util.HashSet<>();
  /** The cdef functions a {@code .pxd} declares and those the module defines. */
  final CFunctionDeclarations cdefs = new CFunctionDeclarations(this);
  /**
   * Whether the module runs {@code from m import *}: a name it does not declare is then a global
   * looked up at run time, as in Cython (see ImportStar).
   */
  boolean importStar;
  /** Names of the functions and variables the module's {@code .pxd} declares: what it exports. */
  final Set<String> exported = new LinkedHashSet<>();

  private Checker(Diagnostics diags, Directives directives, DeclarationFiles files, Map<String, Checker> declarationFiles,
      String declaredModule) {
    this.diags = diags;
    this.directives = directives;
    this.files = files;
    this.declarationFiles = declarationFiles;
    this.declaredModule = declaredModule;
    this.closures = new Closures(diags, f -> fused.madeAt(f) != null);
    this.fusedScope = new FusedScope(diags);
    this.externs = new ExternDeclarations(this, diags);
    this.types = new TypeDeclarations(this, diags);
    this.userCimports = new UserCimports(this, diags);
  }

  public static ModuleInfo check(Module module, Directives directives, Diagnostics diags) {
    return check(module, directives, diags, DeclarationFiles.none(module.name()));
  }

  /** As above, the module's own {@code .pxd} and those it cimports read from {@code files}. */
  public static ModuleInfo check(Module module, Directives directives, Diagnostics diags, DeclarationFiles files) {
    Set<String> futures = new java.util.HashSet<>();
    for (Stmt s : module.body()) {
      if (s instanceof Stmt.Import i && "__future__".equals(i.fromModule())) i.names().forEach(a -> futures.add(a.name()));
    }
    if (futures.contains("division") || futures.contains("generator_stop") || futures.contains("print_function")
        || futures.contains("absolute_import")) {
      directives = directives.copy(); // the caller's stay as they were
      if (futures.contains("division")) directives.enableFutureDivision();
      if (futures.contains("generator_stop")) directives.enableGeneratorStop();
      if (futures.contains("print_function")) directives.enablePrintFunction();
      if (futures.contains("absolute_import")) directives.enableAbsoluteImport();
    }
    Checker c = new Checker(diags, directives, files, new java.util.HashMap<>(), null);
    DeclaredAfterUse.check(module.body(), diags);
    // A .pxd it cimports that cimports this module back reaches this module's own declarations
    // (one class, not a second one of the same name), as in Cython.
    c.declarationFiles.put(files.moduleName(), c);
    List<FunctionInfo> functions = new ArrayList<>();
    List<Stmt> moduleBody = StaticMethods.hoisted(CpdefExterns.expand(CythonImports.asCImports(OwnDeclarations.merged(c, module.body()))),
        c.ownDeclarations, diags);
    c.importStar = ImportStar.atModuleLevel(moduleBody) != null;
    c.standardLibrary = StandardLibraryNames.of(moduleBody);
    ConstVariables.declaredIn(moduleBody, c.constVariables, c.constTypes);
    ModuleGlobals.topLevel(moduleBody, c.boundAtTopLevel);
    c.declare(moduleBody);
    if (c.importStar) {
      Stmt.FuncDef setter = ImportStar.setter(c, moduleBody, ImportStar.atModuleLevel(moduleBody));
      c.cdefs.define(setter);
      moduleBody.add(setter);
    }
    c.cfunctionObjects.definedIn(moduleBody);
    c.checkDefsAgainstDeclarations(moduleBody);
    // Cython's later pass, reached only when nothing else was wrong.
    if (!diags.hasErrors()) {
      for (Stmt.FuncDecl d : c.cdefs.undefined()) {
        diags.error(d.declarator(), "Non-extern C function '" + d.def().name() + "' declared but not defined");
      }
    }
    ModuleGlobals.topLevel(moduleBody, c.moduleNames);
    ModuleGlobals.declaredGlobalAnywhere(moduleBody, c.moduleNames);
    List<Stmt> top = new ArrayList<>();
    Set<String> defined = new java.util.HashSet<>();
    Set<String> rebound = ModuleGlobals.reboundAtTopLevel(moduleBody);
    for (Stmt s : moduleBody) {
      if (s instanceof Stmt.FuncDef f && c.fused.madeAt(f) != null) {
        top.add(f); // a def fused function made where its def runs, from its specializations
      } else if (s instanceof Stmt.FuncDef f) {
        FunctionChecker checker = new FunctionChecker(c, f, false);
        c.specialized(f, () -> functions.addAll(checker.runAll()));
        if (!f.isCdef() && (!defined.add(f.name()) || rebound.contains(f.name()))) {
          checker.closure.redefinition = true;
          checker.closure.boundAtStatement = true;
        }
        // Defaults that are not literals, and decorators, are evaluated where the def statement runs, at
        // import; so are the defaults the module shares (its .pxd declares them `=*`), into their slots.
        if (!EvaluatedDefaults.of(f).isEmpty() || c.sharesDefaults(f)) checker.closure.boundAtStatement = true;
        if (c.fused.madeWithItsGroup(f)) checker.closure.boundAtStatement = true;
        else if (checker.closure.boundAtStatement) top.add(f);
        if (f.isCdef() && f.cdef().cpdef()) {
          // (a specialization's wrapper sees its fused types as the specialization does)
          c.specialized(f, () -> functions.addAll(new FunctionChecker(c, CSignatures.cpdefWrapper(f), false).runAll()));
        }
      } else if (s instanceof Stmt.ClassDef cd && cd.extensionType()) {
        ClassInfo owner = c.classes.classes.get(cd.name());
        if (owner == null || owner.def != cd) continue;
        // Its statements, and its methods' evaluated defaults, run where the class statement stands.
        if (owner.body != null || cd.body().stream().anyMatch(m -> m instanceof Stmt.FuncDef f
            && (!EvaluatedDefaults.of(f).isEmpty() || EvaluatedDefaults.cpdefWithDefaults(f)))
            || c.sharesDefaults(cd)) {
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
        for (Stmt.FuncDef spec : owner.fusedSpecializations) {
          c.specialized(spec, () -> functions.addAll(new FunctionChecker(c, spec, false, owner).runAll()));
        }
        for (Stmt.FuncDef w : owner.synthesized) c.specialized(w, () -> functions.addAll(new FunctionChecker(c, w, false, owner).runAll()));
        if (owner.unpickle != null) functions.addAll(new FunctionChecker(c, owner.unpickle, false).runAll());
      } else if (!(s instanceof Stmt.CImport) && !(s instanceof Stmt.ClassForward) && !(s instanceof Stmt.CExtern)
          && !(s instanceof Stmt.FuncDecl) && !(c.ownDeclarations.contains(s) && s instanceof Stmt.CDef)
          && !(s instanceof Stmt.StructDef) && !(s instanceof Stmt.EnumDef) && !(s instanceof Stmt.TypeDef)
          && !(s instanceof Stmt.FusedTypeDef)) {
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
    // The defs made for cdef functions used as Python objects (none of them uses one itself).
    for (Stmt.FuncDef w : List.copyOf(c.cfunctionObjects.wrappers.values())) functions.addAll(new FunctionChecker(c, w, false).runAll());
    if (!diags.hasErrors()) c.lateErrors.forEach(Runnable::run);
    c.finalErrors.forEach(Runnable::run);
    ModuleInfo.Exports exports = ExportedDeclarations.of(c, moduleBody, c.exported);
    return new ModuleInfo(module, List.copyOf(functions), java.util.Collections.unmodifiableSet(new LinkedHashSet<>(c.moduleNames)),
        directives, java.util.Collections.unmodifiableMap(c.cfunctions),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(c.classes.classes)),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(c.classes.named)),
        java.util.Collections.unmodifiableMap(c.pyClasses.classes), java.util.Collections.unmodifiableMap(c.variables),
        java.util.Collections.unmodifiableMap(externVariables(c)), List.copyOf(c.externs.preamble()), allStructs(c),
        java.util.Collections.unmodifiableMap(enumConstants(c)),
        c.types.cpdefEnums.stream().map(e -> new ModuleInfo.CpdefEnum(e.name(), e.members(), e.values(), e.doc())).toList(), ModuleCapi.of(c), exports,
        c.fused.defGroups(), NumpyImport.needsAutomaticCall(c.cfunctions, c.usedCFunctions),
        java.util.Collections.unmodifiableMap(c.builtinAliases));
  }

  /**
   * A class decorated {@code @cython.cclass} as the extension type it declares (without that
   * decorator), or null. {@code @cython.total_ordering} and {@code @cython.dataclasses.dataclass}
   * make one too, as in Cython.
   */
  private Stmt.ClassDef pureExtensionType(Stmt.ClassDef cd) {
    List<Stmt.Decorator> others = cd.decorators().stream().filter(d -> !"cython.cclass".equals(cythonNames.qualify(d.expr()))).toList();
    boolean converts = cd.decorators().stream().map(d -> cythonNames.qualify(d.expr() instanceof dev.pyxc.ast.Expr.Call c ? c.func() : d.expr()))
        .anyMatch(q -> "cython.total_ordering".equals(q) || "cython.dataclasses.dataclass".equals(q));
    if (others.size() == cd.decorators().size() && !converts) return null;
    return new Stmt.ClassDef(cd.name(), cd.arguments(), true, cd.docstring(), cd.body(), others, cd.cNames(), cd.pos(), cd.namePos());
  }

  private void declareCimport(Stmt.CImport ci) {
    if (externs.cimport(ci)) {
      // pyxc's own declarations of a C library: its names are now declared.
    } else if (!isCythonOwn(ci.module()) && userCimports.cimport(ci)) {
      // A .pxd's declarations: bound under the names the cimport gives.
    } else {
      cythonNames.add(ci, diags);
      if (ci.names().isEmpty() && !isCythonOwn(ci.module())) userCimports.namespaces.add(ci.alias() != null ? ci.alias() : ci.module());
    }
  }

  private static boolean declaresTypes(Stmt s) {
    return s instanceof Stmt.StructDef || s instanceof Stmt.EnumDef || s instanceof Stmt.TypeDef || s instanceof Stmt.FusedTypeDef
        || s instanceof Stmt.CExtern e && e.decls().stream().anyMatch(d -> d instanceof Stmt.ExternType);
  }

  private void declareTypes(Stmt s) {
    if (s instanceof Stmt.CExtern e) {
      for (Stmt.ExternDecl d : e.decls()) if (d instanceof Stmt.ExternType et) types.declare(et.type(), et.cname(), true);
    } else {
      types.declare(s, null, false);
    }
  }

  /**
   * The declarations of a module or {@code .pxd}, before any function body is checked: cimports,
   * types, extern blocks, extension types, cdef signatures and module variables.
   */
  private void declare(List<Stmt> body) {
    // The classes of the module's own .pxd first: Cython reads that file before the module, so a
    // file the module cimports may cimport them back.
    for (Stmt s : body) {
      if (s instanceof Stmt.ClassDef cd && cd.extensionType() && ownClasses.contains(cd.name())) classes.declare(cd);
    }
    // Then its cimports and C types (a fused type that a .pxd cimporting it back names, in a package's cycle).
    Set<Stmt> ownTypesFirst = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Stmt s : body) {
      if (!ownDeclarations.contains(s)) continue;
      if (s instanceof Stmt.CImport ci) {
        for (Stmt.CImport one : ExternDeclarations.modulesOfPackage(ci)) declareCimport(one);
        ownTypesFirst.add(s);
      } else if (declaresTypes(s)) {
        declareTypes(s);
        ownTypesFirst.add(s);
      }
    }
    types.defineAll();
    for (int i = 0; i < body.size(); i++) {
      Stmt s = body.get(i);
      if (s instanceof Stmt.ClassDef cd && !cd.extensionType() && pureExtensionType(cd) != null) {
        // Pure Python mode's `@cython.cclass class C:` is `cdef class C:`.
        body.set(i, s = pureExtensionType(cd));
      }
      if (s instanceof Stmt.ClassDef cd && cd.extensionType() && ownClasses.contains(cd.name())) continue;
      if (ownTypesFirst.contains(s) && s instanceof Stmt.CImport) continue;
      if (s instanceof Stmt.FuncDef f && !f.isCdef()) {
        moduleNames.add(f.name());
        defPositions.putIfAbsent(f.name(), f.pos());
      } else if (s instanceof Stmt.CImport ci) {
        for (Stmt.CImport one : ExternDeclarations.modulesOfPackage(ci)) declareCimport(one);
      } else if (s instanceof Stmt.ClassDef cd && cd.extensionType()) {
        classes.declare(cd);
      } else if (s instanceof Stmt.CExtern e) {
        for (Stmt.ExternDecl d : e.decls()) {
          if (d instanceof Stmt.ExternClass ec) classes.declareExtern(ec);
          if (d instanceof Stmt.ExternVariable v && v.isConst()) externNamesAhead.put(v.name(), v.cname());
        }
      }
    }
    // The inline functions of cimported files, compiled here as this module's own.
    List<Stmt> inline = userCimports.takeInlineDefinitions();
    for (Stmt s : inline) cimportedInline.add((Stmt.FuncDef) s);
    body.addAll(inline);
    body.replaceAll(s -> PureTypeDeclarations.declared(FusedTypes.declaredInPureMode(s, cythonNames, diags), cythonNames, diags));
    for (Stmt s : body) if (!ownTypesFirst.contains(s) && declaresTypes(s)) declareTypes(s);
    types.defineAll();
    fused.expand(body);
    // Before the extern blocks: one of the module's may implement what its .pxd declares.
    for (Stmt s : body) {
      if (s instanceof Stmt.FuncDecl d) fusedScope.declaring(d.def(), () -> specialized(d.def(), () -> cdefs.declare(d)));
    }
    for (Stmt s : body) {
      if (s instanceof Stmt.CExtern e) externs.declare(e, null);
    }
    for (Stmt s : body) {
      if (s instanceof Stmt.ClassForward f && !classes.classes.containsKey(f.name())) {
        diags.error(f.pos(), "C class '" + f.name() + "' is declared but not defined");
      }
    }
    classes.readBodies();
    pyClasses.collect(body);
    for (ClassInfo info : classes.classes.values()) {
      if (declaredModule == null ? info.importedFrom == null : declaredModule.equals(info.importedFrom)) pyClasses.declareExtensionBody(info);
    }
    for (Stmt s : body) {
      if (s instanceof Stmt.FuncDef f && f.isCdef()) {
        fusedScope.declaring(f, () -> specialized(f, () -> cdefs.define(f)));
      }
      else if (s instanceof Stmt.CDef cd) declareVariables(cd);
    }
    for (Stmt s : body) {
      // (a cpdef fused function's name is bound to its dispatching object, its specializations' to nothing)
      if (s instanceof Stmt.FuncDef f && f.isCdef() && f.cdef().cpdef()) moduleNames.add(f.displayName());
    }
  }

  /** A def may not take a name the module's .pxd gives a variable or a C function. */
  private void checkDefsAgainstDeclarations(List<Stmt> body) {
    for (Stmt s : body) {
      if (!(s instanceof Stmt.FuncDef f) || f.isCdef() || ownDeclarations.contains(s)) continue;
      ModuleVariable v = variables.get(f.name());
      if (v != null && !v.isImported()) {
        diags.error(f.pos(), "'" + f.name() + "' already declared");
        diags.error(v.pos(), "Previous declaration is here");
      } else if (cfunctions.containsKey(f.name()) && exported.contains(f.name())) {
        diags.warning(f.pos(), "Overriding a c(p)def method with a def method. This can lead to different methods being called "
            + "depending on the call context. Consider using a cpdef method for both.");
        diags.error(f.pos(), "Assignment to non-lvalue '" + f.name() + "'");
        cdefs.overridden(f.name());
      }
    }
  }

  /** Cython's own modules, which no user {@code .pxd} may stand in for. */
  private static boolean isCythonOwn(String module) {
    return module.equals("cython") || module.startsWith("cython.");
  }

  /**
   * The checker of module {@code dotted}'s {@code .pxd}, which has declared what the file declares,
   * or null when there is no such file. Each file is checked once per compile.
   */
  Checker declarationFile(String dotted) {
    if (declarationFiles.containsKey(dotted)) return declarationFiles.get(dotted);
    declarationFiles.put(dotted, null); // a file cimporting itself, directly or not, finds nothing
    DeclarationFiles.Found found = files.find(dotted);
    if (found == null) return null;
    found.errors().forEach(diags::add);
    if (found.module() == null) return null;
    Checker c = new Checker(diags, directives, files, declarationFiles, dotted);
    c.declaresPackage = found.isPackage();
    List<Stmt> body = new ArrayList<>();
    for (Stmt s : CythonImports.asCImports(found.module().body())) {
      if (s instanceof Stmt.FuncDef f && !f.isCdef()) {
        diags.error(s.pos(), "def statement not allowed here");
      } else if (s instanceof Stmt.FuncDef f && !f.cdef().inline()) {
        diags.error(s.pos(), "function definition in pxd file must be declared 'cdef inline'");
      } else if (s instanceof Stmt.FuncDef f && f.cdef().linkage().exported()) {
        diags.error(s.pos(), "inline function definition in pxd file cannot be '" + (f.cdef().linkage().isPublic() ? "public" : "api") + "'");
      } else if (s instanceof Stmt.ClassDef cd && cd.body().stream().anyMatch(Checker::defInPxdClass)) {
        // A class's def methods belong in its .pyx (but those filling the buffer slots).
        cd.body().stream().filter(Checker::defInPxdClass)
            .forEach(m -> diags.error(m.pos(), "function definition in pxd file must be declared 'cdef inline'"));
        body.add(cd.withBody(cd.body().stream().filter(m -> !defInPxdClass(m)).toList()));
      } else {
        body.add(s);
        // An inline function: declared here, compiled by each module that uses it (UserCimports).
        if (s instanceof Stmt.FuncDef f) c.inlineFunctions.add(f.name());
      }
    }
    c.declare(body);
    declarationFiles.put(dotted, c);
    return c;
  }

  private static boolean defInPxdClass(Stmt s) {
    return s instanceof Stmt.FuncDef f && !f.isCdef() && !CProperties.PXD_DEF_SLOTS.contains(f.name());
  }

  /** A relative cimport's module as a full dotted name, from the module or {@code .pxd} being checked; null above the top. */
  String absoluteModule(String written) {
    return declaredModule == null ? DeclarationFiles.absolute(written, files.moduleName(), files.isPackage())
        : DeclarationFiles.absolute(written, declaredModule, declaresPackage);
  }

  /** Whether the module or {@code .pxd} being checked is in a package (a relative cimport may start from it). */
  boolean inPackage() {
    return declaredModule == null ? files.isPackage() || files.moduleName().contains(".") : declaresPackage || declaredModule.contains(".");
  }

  /** Whether module {@code dotted}'s .pxd is being checked now: a file on the way to this one cimports it back. */
  boolean declarationInProgress(String dotted) {
    return declarationFiles.containsKey(dotted) && declarationFiles.get(dotted) == null && files.find(dotted) != null;
  }

  /** What a {@code .pxd} checker declared, by name: what a cimport of it may bind. */
  Set<String> declaredNames() {
    Set<String> out = new LinkedHashSet<>();
    out.addAll(types.names.keySet());
    // (Enum.MEMBER keys come with their enum's name.)
    types.constants.keySet().stream().filter(k -> k.indexOf('.') < 0 || !types.names.containsKey(k.substring(0, k.lastIndexOf('.'))))
        .forEach(out::add);
    out.addAll(cfunctions.keySet());
    fused.groups.values().stream().filter(g -> g.owner() == null && g.def().isCdef()).forEach(g -> out.add(g.name()));
    out.addAll(variables.keySet());
    out.addAll(externs.variables.keySet());
    out.addAll(builtinAliases.keySet());
    out.addAll(cythonNames.names());
    // Classes by the names the file gives them (not the module-qualified ones they are known by).
    out.addAll(classes.sourceNames);
    return out;
  }

  /** Whether {@code f} is the first method of its name in the class (a redeclaration was reported). */
  private static boolean isFirstDef(Stmt.ClassDef cd, Stmt.FuncDef f) {
    for (Stmt m : cd.body()) if (m instanceof Stmt.FuncDef g && g.name().equals(f.name())) return g == f;
    return false;
  }

  /** A cdef function's signature (see {@link LegacyNoexcept}). */
  CFunction signatureOf(Stmt.FuncDef f) {
    return CSignatures.of(LegacyNoexcept.apply(this, f), this::resolve, this::cConstant, diags);
  }

  /** The structs the module's C defines: those of the files it cimports first, then its own. */
  private static List<StructType> allStructs(Checker c) {
    List<StructType> out = new ArrayList<>(c.userCimports.structs);
    out.addAll(c.types.structs);
    return List.copyOf(out);
  }

  /** The key of a variable of the module's own that a cimport's name hides (no name can be it). */
  static String underCimport(String name) {
    return name + " (under a cimport)";
  }

  /** Whether the module's .pxd declares a default of module-level function {@code f} {@code =*}. */
  boolean sharesDefaults(Stmt.FuncDef f) {
    DeclarationFiles.Found own = files.own();
    return own != null && own.module() != null && own.module().body().stream()
        .anyMatch(s -> s instanceof Stmt.FuncDecl d && declaresDefaults(d) && (d.def().name().equals(f.name()) || specializes(f, d.def().name())));
  }

  /** Whether {@code f} is a specialization of fused function {@code name}. */
  private boolean specializes(Stmt.FuncDef f, String name) {
    FusedFunctions.Group g = fused.group(name);
    return g != null && g.specializations().stream().anyMatch(s -> s.def() == f);
  }

  /** Whether the module's .pxd declares a default of a method of class {@code cd} {@code =*}. */
  boolean sharesDefaults(Stmt.ClassDef cd) {
    DeclarationFiles.Found own = files.own();
    return own != null && own.module() != null && own.module().body().stream().anyMatch(s -> s instanceof Stmt.ClassDef pxd
        && pxd.name().equals(cd.name()) && pxd.body().stream().anyMatch(m -> m instanceof Stmt.FuncDecl d && declaresDefaults(d)));
  }

  private static boolean declaresDefaults(Stmt.FuncDecl d) {
    return d.def().params().stream().anyMatch(p -> p.defaultValue() instanceof dev.pyxc.ast.Expr.DeclaredDefault);
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

  /** Whether Cython's last word on module-level buffer variables (said once, at the module's start) is due. */
  private boolean moduleScopeBuffers;

  /** A buffer type declared at module level ({@code at}): Cython's two errors, the second said once, last. */
  void moduleScopeBuffer(dev.pyxc.diag.Pos at) {
    diags.error(at, BufferTypes.LOCAL_ONLY);
    if (!moduleScopeBuffers) {
      dev.pyxc.diag.Pos start = new dev.pyxc.diag.Pos(1, 0, at.file());
      finalErrors.add(0, () -> diags.error(start, "Buffer vars not allowed in module scope"));
    }
    moduleScopeBuffers = true;
  }

  /** Declares a module-level {@code cdef} statement's variables (C statics of the module). */
  private void declareVariables(Stmt.CDef cd) {
    if (cd.visibility() == Stmt.Visibility.READONLY) {
      // Cython: only extension-type attributes may be readonly.
      diags.error(cd.names().get(0).pos(), "Module-level variable cannot be declared readonly");
      return;
    }
    for (Stmt.Declarator d : cd.names()) {
      CType t = withFusedMisuse("Fused types not allowed here", cd.pos(), () -> resolve(d.typeIn(cd)));
      if (t == CType.ERROR && variables.containsKey(d.name())) continue; // (refused: no second declaration to report)
      if (IncompleteTypes.reportVariable(t, d, diags, true)) continue;
      if (Types.bufferOf(t) != null) {
        moduleScopeBuffer(d.pos());
        t = ((CType.PyObject) t).withoutBuffer();
      }
      if (t instanceof CType.Function) {
        diags.error(d.pos(), "Non-extern C function '" + d.name() + "' declared but not defined");
        continue;
      }
      if (variables.containsKey(d.name()) && exported.contains(d.name()) && !ownDeclarations.contains(cd)) {
        // Declared by the module's .pxd, defined here (its value, if any, assigned at import): as
        // in Cython, the .pxd's declaration stands.
        continue;
      }
      if (ownDeclarations.contains(cd) && variables.containsKey(d.name()) && variables.get(d.name()).isImported()) {
        // The module's .pxd declares a variable a cimport also binds: as in Cython, the name is the
        // cimported one; the module's own is still defined and exported, under no name here.
        variables.put(underCimport(d.name()), new ModuleVariable(d.name(), t, d.pos(), false, null, cd.type() instanceof TypeRef.Volatile));
        exported.add(d.name());
        continue;
      }
      if (variables.containsKey(d.name()) || cfunctions.containsKey(d.name()) || externs.variables.containsKey(d.name())) {
        diags.error(d.pos(), "'" + d.name() + "' redeclared ");
        dev.pyxc.diag.Pos prev = variables.containsKey(d.name()) ? variables.get(d.name()).pos()
            : externs.variables.containsKey(d.name()) ? externs.variables.get(d.name()).pos() : null;
        if (prev != null) diags.error(prev, "Previous declaration is here");
        continue;
      }
      variables.put(d.name(), new ModuleVariable(d.name(), t, d.pos(), cd.linkage().isPublic() || cd.visibility() == Stmt.Visibility.PUBLIC,
          null, cd.type() instanceof TypeRef.Volatile));
      if (ownDeclarations.contains(cd)) exported.add(d.name());
    }
  }

  /** The literal's C type as Cython picks it: C long within 32 bits, else a Python int. */
  static CType intLiteralType(BigInteger v) {
    return v.compareTo(INT32_MIN) >= 0 && v.compareTo(INT32_MAX) <= 0 ? CType.LONG : CType.pyBuiltin("int");
  }

  /** A literal's type as Cython gives it: its suffix's C type (see {@link Types#suffixedLiteralType}), else by its value. */
  static CType intLiteralType(dev.pyxc.ast.Expr.IntLit lit) {
    CType suffixed = Types.suffixedLiteralType(lit);
    return suffixed != null ? suffixed : intLiteralType(lit.value());
  }

  /** The extension type a type is an instance of, or null. */
  ClassInfo classOf(CType t) {
    return t instanceof CType.PyObject o && o.isExtType() ? classes.classes.get(o.extType()) : null;
  }

  /** The type a bare name stands for ({@code sizeof(Point)}), or null when it names none. */
  CType typeNamed(String name) {
    return writtenTypes.named(name);
  }

  /**
   * The type a name or dotted name stands for where it is read as one (a type test's operands,
   * a fused function's parameters), or null; nothing is reported.
   */
  CType typeNamedQuietly(String name) {
    return writtenTypes.namedQuietly(name);
  }

  /** Whether a function is a specialization of a fused function. */
  boolean isSpecialization(Stmt.FuncDef f) {
    return !fused.bindingsOf(f).isEmpty();
  }

  /** Runs {@code action} with a specialization's fused types standing for its members (as any other function, for the rest). */
  void specialized(Stmt.FuncDef f, Runnable action) {
    fusedScope.specialized(fused.bindingsOf(f), action);
  }

  static final String INVALID_FUSED = FusedScope.INVALID_FUSED;

  /** Runs {@code action} with {@code message} (at {@code at}, or the type's position when null) for a fused type nothing binds. */
  <T> T withFusedMisuse(String message, dev.pyxc.diag.Pos at, java.util.function.Supplier<T> action) {
    return fusedScope.withMisuse(message, at, action);
  }

  /** The C of a name that is a C constant ({@code E1}, {@code E.E1}, an extern constant), else null. */
  String cConstant(dev.pyxc.ast.Expr e) {
    String name = dev.pyxc.ast.Exprs.dottedName(e);
    if (name == null) return null;
    TypeDeclarations.EnumConstant c = types.constants.get(name);
    if (c != null) return c.cName() != null ? c.cName() : c.value() != null ? c.value().toString() : null;
    ExternDeclarations.Variable v = externs.variables.get(name);
    return v != null && (v.type().isNumeric() || v.type() instanceof CType.Pointer) ? v.cName() : null;
  }

  CType resolve(TypeRef ref) {
    return fusedScope.resolved(ref, writtenTypes.resolve(ref));
  }

  /** A type that may be or contain a fused type (a typedef's target, a fused type's member). */
  CType resolveAllowingFused(TypeRef ref) {
    return withFusedMisuse(null, null, () -> resolve(ref));
  }
}
