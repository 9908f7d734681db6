package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.CSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cimport m} and {@code from m cimport a, b as c} of a module's {@code .pxd} (the user's,
 * not Cython's or pyxc's bundled C libraries). Each file is checked once per compile by a
 * {@link Checker} of its own that only declares; what it declares is then bound in this module
 * under the names the cimport gives ({@code m.f} for {@code cimport m}, which the parser reads
 * as one name).
 *
 * <p>Types, constants and extern declarations are C facts that this module's C repeats. The
 * module's own functions and variables live in the other module: this one calls and reaches them
 * through pointers it takes at import from that module's {@code __pyx_capi__}, as Cython does.
 */
final class UserCimports {
  private final Checker module;
  private final Diagnostics diags;
  /** What this module takes from others' {@code __pyx_capi__} at import, each once, in cimport order. */
  final Map<String, ModuleInfo.CapiImport> imports = new LinkedHashMap<>();
  /** The structs of every file cimported, which this module's C defines too. */
  final List<StructType> structs = new ArrayList<>();
  /** The cpdef enum classes of cimported files, imported at init from their modules. */
  final List<ModuleInfo.EnumImport> enums = new ArrayList<>();
  /** The names {@code cimport m [as n]} bound to modules (found or not): {@code n.x} must be one of theirs. */
  final java.util.Set<String> namespaces = new java.util.HashSet<>();

  /** The files whose inline functions this module compiles, and those definitions not yet taken into its body. */
  private final java.util.Set<String> inlined = new java.util.HashSet<>();
  private final List<Stmt> inlineDefinitions = new ArrayList<>();

  UserCimports(Checker module, Diagnostics diags) {
    this.module = module;
    this.diags = diags;
  }

  /** Binds what the cimport names; false when no {@code .pxd} of that module is found (others may know it). */
  boolean cimport(Stmt.CImport c) {
    String written = absolute(c.module(), c.pos());
    if (written == null) return true;
    String sibling = implicitlyRelative(written);
    String dotted = sibling != null ? sibling : written;
    Checker declared = module.declarationFile(dotted);
    if (c.names().isEmpty()) {
      namespaces.add(c.alias() != null ? c.alias() : dotted);
      if (declared == null && module.declarationInProgress(dotted)) return true;
      if (declared == null) return notFound(c, dotted);
      bindAll((c.alias() != null ? c.alias() : dotted) + ".", declared, dotted, c.pos());
      return true;
    }
    // The module cimporting its own .pxd (`from .fast_exp cimport f` in fast_exp.pyx): those names
    // are its own already, as Cython reads that file first.
    if (declared == module && module.declaredModule == null && module.files.own() != null
        && c.names().stream().allMatch(a -> a.asName() == null || a.asName().equals(a.name()))) {
      return true;
    }
    // Cimported back by a file it cimports: its own names are not known yet (its submodules are).
    boolean inProgress = declared == null && module.declarationInProgress(dotted);
    if (declared == null && !inProgress && c.names().stream().noneMatch(a -> module.declarationFile(dotted + "." + a.name()) != null
        || module.declarationInProgress(dotted + "." + a.name()))) {
      return notFound(c, dotted);
    }
    if (declared != null && c.names().size() == 1 && c.names().get(0).name().equals("*")) {
      bindAll("", declared, dotted, c.pos());
      return true;
    }
    if (declared != null) useFacts(declared);
    for (Stmt.Alias a : c.names()) {
      String bound = a.asName() != null ? a.asName() : a.name();
      if (declared != null && declared.declaredNames().contains(a.name())) {
        bind(bound, a.name(), declared, dotted, a.pos());
        continue;
      }
      // `from pkg cimport mod`: a module of the package, used as `mod.f`.
      Checker sub = module.declarationFile(dotted + "." + a.name());
      if (sub != null) {
        namespaces.add(bound);
        bindAll(bound + ".", sub, dotted + "." + a.name(), a.pos());
      } else if (declared != null && Builtins.CIMPORTABLE.contains(a.name())) {
        module.builtinAliases.put(bound, a.name());
      } else if (!inProgress && !module.declarationInProgress(dotted + "." + a.name())) {
        // Cython looks for a name the module does not declare as a module of that name.
        diags.error(c.pos(), "'" + (dotted + "." + a.name()).replace('.', '/') + ".pxd' not found");
        module.missingModules.add(bound);
      }
    }
    return true;
  }

  /**
   * At language level 2, {@code cimport m} in a package's module means the package's {@code m} when
   * there is one (Python 2's implicit relative import, which Cython keeps there); else null.
   */
  private String implicitlyRelative(String dotted) {
    if (!module.directives.languageLevel().equals("2") || dotted.startsWith(".")) return null;
    String pkg = module.absoluteModule(".");
    if (pkg == null || pkg.isEmpty()) return null;
    String candidate = pkg + "." + dotted;
    return module.files.find(candidate) != null ? candidate : null;
  }

  /** No file of that name: another kind of cimport may know it, unless it was relative (then it is the user's). */
  private boolean notFound(Stmt.CImport c, String dotted) {
    if (!c.module().startsWith(".")) return false;
    diags.error(c.pos(), "'" + dotted.replace('.', '/') + ".pxd' not found");
    return true;
  }

  /** Every name a file declares, as {@code prefix + name}. */
  private void bindAll(String prefix, Checker declared, String dotted, Pos pos) {
    useFacts(declared);
    for (String name : declared.declaredNames()) bind(prefix + name, name, declared, dotted, pos);
  }

  /**
   * What the module's C must repeat of a cimported file whatever names it binds: its structs and
   * headers, and the classes of its cpdef enums (their values are members of them here too).
   */
  private void useFacts(Checker declared) {
    if (declared.declaredModule == null) return; // the module being compiled, cimported back: its facts are its own
    for (StructType st : declared.userCimports.structs) if (!structs.contains(st)) structs.add(st);
    for (StructType st : declared.types.structs) if (!structs.contains(st)) structs.add(st);
    module.externs.preamble.addAll(declared.externs.preamble);
    for (ModuleInfo.EnumImport e : declared.userCimports.enums) if (!enums.contains(e)) enums.add(e);
    for (TypeDeclarations.CpdefEnum e : declared.types.cpdefEnums) {
      ModuleInfo.EnumImport imported = new ModuleInfo.EnumImport(declared.declaredModule, e.name());
      if (e.name() != null && !enums.contains(imported)) enums.add(imported);
    }
  }

  /** {@code .m} and {@code ..m} from this module's package; null (reported) when it climbs above the top. */
  private String absolute(String written, Pos pos) {
    String dotted = module.absoluteModule(written);
    if (dotted == null) {
      diags.error(pos, module.inPackage() || written.startsWith("..") ? "relative cimport beyond main package is not allowed"
          : "relative cimport from non-package directory is not allowed");
    }
    return dotted;
  }

  /** Binds {@code bound} in this module to what {@code declared} (the file of {@code dotted}) calls {@code name}. */
  private void bind(String bound, String name, Checker declared, String dotted, Pos pos) {
    if (rebinds(bound, name, declared)) return; // the same thing cimported again, under the same name
    if (module.cfunctions.containsKey(bound) || module.variables.containsKey(bound) || module.types.names.containsKey(bound)
        || module.classes.named(bound) != null) {
      diags.error(pos, "'" + bound + "' redeclared ");
      return;
    }
    ClassInfo cls = declared.classes.named(name);
    if (cls != null) {
      module.classes.adopt(bound, cls);
      module.fused.adoptMethods(cls, declared.fused);
      // An extern class's inline properties are functions of its file, which this module compiles.
      if (!cls.inlineProperties.isEmpty()) inline(dotted, declared, pos);
      for (ClassInfo c = cls; c != null; c = c.base) {
        if (c.importedFrom == null || c.extern) continue;
        for (CFunction m : c.cmethods.values()) if (c.name().equals(m.owner())) importDefaults(c.importedFrom, c.pythonName, m.name(), m, pos);
      }
      return;
    }
    if (declared.builtinAliases.containsKey(name)) {
      module.builtinAliases.put(bound, declared.builtinAliases.get(name));
      return;
    }
    CType type = declared.types.names.get(name);
    if (type != null) {
      module.types.names.put(bound, type);
      if (declared.types.cythonSpellings.containsKey(name)) module.types.cythonSpellings.put(bound, declared.types.cythonSpellings.get(name));
      if (declared.types.enumNames.contains(name)) module.types.enumNames.add(bound);
      // An enum's members, reached as Enum.MEMBER under the name it is bound to.
      for (Map.Entry<String, TypeDeclarations.EnumConstant> e : declared.types.constants.entrySet()) {
        if (!e.getKey().startsWith(name + ".")) continue;
        String member = bound + e.getKey().substring(name.length());
        TypeDeclarations.EnumConstant c = e.getValue();
        module.types.constants.put(member, new TypeDeclarations.EnumConstant(member, c.cName(), c.type(), c.value()));
      }
      return;
    }
    TypeDeclarations.EnumConstant constant = declared.types.constants.get(name);
    if (constant != null) {
      module.types.constants.put(bound, new TypeDeclarations.EnumConstant(bound, constant.cName(), constant.type(),
          constant.value()));
      return;
    }
    InlineOrigin origin = declared.userCimports.inlineOrigins.get(name);
    if (origin != null) {
      // An inline function of a third file the cimported one compiles as its own: this module
      // compiles it too (as the third file's, whichever file names it).
      bindInline(bound, origin, pos);
      return;
    }
    FusedFunctions.Group fusedGroup = declared.fused.group(name);
    if (fusedGroup != null && fusedGroup.def().isCdef() && fusedGroup.owner() == null && !declared.cfunctions.containsKey(name)
        && declared.inlineFunctions.contains(name)) {
      // An inline fused function: this module compiles the file's definition (under the file's
      // qualified name, specialized here as its own), each specialization bound to its copy.
      String own = dotted + "." + name;
      String fusedName = name;
      inline(dotted, declared, pos);
      module.fused.adopt(bound, fusedGroup, (specBound, specName) -> module.cfunctions.put(specBound,
          declared.cfunctions.get(specName).renamed(specName.substring(0, specName.length() - fusedName.length()) + own)));
      return;
    }
    if (fusedGroup != null && fusedGroup.def().isCdef() && fusedGroup.owner() == null && !declared.cfunctions.containsKey(name)) {
      // A fused function: each specialization bound as a function of its own, the group dispatching to them.
      String from = dotted;
      module.fused.adopt(bound, fusedGroup, (specBound, specName) -> {
        bind(specBound, specName, declared, from, pos);
        ModuleInfo.CapiImport imported = imports.get(pointer(from, specName));
        FusedFunctions.Specialization spec = fusedGroup.specializations().stream().filter(s -> s.def().name().equals(specName)).findFirst().get();
        if (imported != null && imported.legacyName() == null) {
          imports.put(imported.cPointer(), imported.named(FusedFunctions.capiName(fusedGroup, spec), specName));
        }
      });
      return;
    }
    CFunction f = declared.cfunctions.get(name);
    ModuleInfo.CapiImport passedOn = f != null && f.extern() != null ? declared.userCimports.imports.get(f.extern().cName())
        : declared.variables.containsKey(name) && declared.variables.get(name).isImported()
            ? declared.userCimports.imports.get(declared.variables.get(name).pointer()) : null;
    if (passedOn != null) {
      // What the file itself cimports from a third module: taken from that module, here too.
      dotted = passedOn.module();
      name = passedOn.name();
      f = passedOn.function() == null ? null : passedOn.function().asExtern(null);
    }
    if (declared.declaredModule == null && (f != null || declared.variables.containsKey(name))) {
      // The module being compiled, cimported back by a file it cimports: its own function or variable.
      if (f != null) module.cfunctions.put(bound, f);
      else module.variables.put(bound, declared.variables.get(name));
      return;
    }
    if (f != null && passedOn == null && declared.inlineFunctions.contains(name)) {
      bindInline(bound, new InlineOrigin(dotted, declared, name), pos);
      return;
    }
    if (f != null) {
      if (f.extern() != null) {
        module.cfunctions.put(bound, f);
        return;
      }
      String pointer = pointer(dotted, name);
      CFunction imported = f.asExtern(new CFunction.Extern(pointer, false));
      module.cfunctions.put(bound, imported);
      String signature = passedOn != null ? passedOn.signature() : declared.capiSignatures.get(name);
      // (a function whose types were refused where it is declared is bound, never imported)
      if (signature == null && !CapiSignatures.spellable(imported)) return;
      imports.putIfAbsent(pointer, new ModuleInfo.CapiImport(dotted, name, pointer, imported, null,
          signature != null ? signature : CapiSignatures.of(imported)));
      importDefaults(dotted, null, name, imported, pos);
      return;
    }
    ModuleVariable v = passedOn != null ? passedOn.variable() : declared.variables.get(name);
    if (v != null) {
      String pointer = pointer(dotted, name);
      ModuleVariable imported = v.importedAs(bound, pointer);
      module.variables.put(bound, imported);
      imports.putIfAbsent(pointer, new ModuleInfo.CapiImport(dotted, name, pointer, null, imported, CapiSignatures.of(imported.type())));
      return;
    }
    ExternDeclarations.Variable ev = declared.externs.variables.get(name);
    if (ev != null) {
      module.externs.variables.put(bound, ev);
      return;
    }
    if (declared.cythonNames.binds(name)) module.cythonNames.bindAs(bound, declared.cythonNames, name);
  }

  /** Where an inline function this module compiles comes from: its file's module, checker and name there. */
  record InlineOrigin(String dotted, Checker declared, String name) {}

  /** The inline functions this module compiles, by each name it binds them under (their own qualified one too). */
  private final Map<String, InlineOrigin> inlineOrigins = new java.util.HashMap<>();

  /** Binds {@code bound} to an inline function of another file, compiled here under that file's qualified name. */
  private void bindInline(String bound, InlineOrigin origin, Pos pos) {
    String own = origin.dotted() + "." + origin.name();
    inline(origin.dotted(), origin.declared(), pos);
    if (!bound.equals(own)) module.cfunctions.put(bound, origin.declared().cfunctions.get(origin.name()).renamed(own));
    inlineOrigins.put(bound, origin);
    inlineOrigins.put(own, origin);
  }

  /**
   * The inline functions of {@code dotted}'s file, read again with the file's names qualified by
   * its module ({@code helpers.cube}), so that this module compiles them with its own functions;
   * what their bodies name is bound under those qualified names.
   */
  private void inline(String dotted, Checker declared, Pos pos) {
    if (!inlined.add(dotted)) return;
    java.util.Set<String> names = declared.declaredNames();
    DeclarationFiles.Found found = module.files.find(dotted, n -> names.contains(n) ? dotted + "." + n : n);
    if (found == null || found.module() == null) return;
    for (Stmt s : found.module().body()) {
      if (s instanceof Stmt.FuncDef f && f.isCdef() && f.cdef().inline()) inlineDefinitions.add(s);
    }
    bindAll(dotted + ".", declared, dotted, pos);
  }

  /** The inline definitions gathered since the last call. */
  List<Stmt> takeInlineDefinitions() {
    List<Stmt> out = List.copyOf(inlineDefinitions);
    inlineDefinitions.clear();
    return out;
  }

  /**
   * The defaults its {@code .pxd} declares {@code =*} of a cimported function: read, when a call
   * leaves the argument out, from the slot its module shares, through a variable of this module.
   */
  private void importDefaults(String dotted, String owner, String name, CFunction f, Pos pos) {
    for (int i = 0; i < f.defaults().size(); i++) {
      if (!(f.defaults().get(i) instanceof dev.pyxc.ast.Expr.DeclaredDefault)) continue;
      if (!CapiSignatures.spellable(f.params().get(i))) continue; // (refused where it is declared)
      String exportName = dev.pyxc.ir.DefaultSlots.exportName(owner, name, i);
      String pointer = pointer(dotted, exportName);
      ModuleVariable slot = new ModuleVariable(dev.pyxc.ir.DefaultSlots.importedName(f, i), f.params().get(i), pos, false, pointer, false);
      module.variables.putIfAbsent(slot.name(), slot);
      imports.putIfAbsent(pointer, new ModuleInfo.CapiImport(dotted, exportName, pointer, null, slot, CapiSignatures.of(slot.type())));
    }
  }

  private static String pointer(String dotted, String name) {
    return "pyxc_capi" + CSymbols.classPart(dotted) + "_" + CSymbols.ident(name);
  }

  /** Whether {@code bound} already names what {@code declared} calls {@code name}. */
  private boolean rebinds(String bound, String name, Checker declared) {
    ClassInfo cls = declared.classes.named(name);
    if (cls != null) return module.classes.named(bound) == cls;
    CType t = declared.types.names.get(name);
    if (t != null) return t.equals(module.types.names.get(bound));
    TypeDeclarations.EnumConstant k = declared.types.constants.get(name);
    if (k != null) return module.types.constants.containsKey(bound) && k.value() != null
        && k.value().equals(module.types.constants.get(bound).value());
    CFunction f = declared.cfunctions.get(name);
    if (f != null) {
      CFunction now = module.cfunctions.get(bound);
      // (an inline function of the file is bound as the module's own copy, under the file's name)
      if (now != null && declared.inlineFunctions.contains(name) && now.equals(f.renamed(declared.declaredModule + "." + name))) {
        return true;
      }
      return now != null && (now.equals(f) || now.extern() != null && f.extern() == null
          && now.extern().cName().equals(pointer(declared.declaredModule, name)));
    }
    ModuleVariable v = declared.variables.get(name);
    if (v != null) return module.variables.containsKey(bound) && module.variables.get(bound).pos().equals(v.pos());
    return false;
  }

}
