package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The module's {@code public} and {@code api} declarations ({@link ModuleInfo.Exports}), with
 * Cython's errors for them: a public or api function may not use a type the module declares
 * privately, nor have optional arguments; a public or api class needs its C names. An api
 * function or variable is also shared in {@code __pyx_capi__}, as a {@code .pxd}'s are.
 */
final class ExportedDeclarations {
  private final Checker module;

  private ExportedDeclarations(Checker module) {
    this.module = module;
  }

  static ModuleInfo.Exports of(Checker module, List<Stmt> body, Set<String> capiNames) {
    return new ExportedDeclarations(module).collect(body, capiNames);
  }

  private ModuleInfo.Exports collect(List<Stmt> body, Set<String> capiNames) {
    Set<String> privateTypes = new HashSet<>();
    List<ModuleInfo.ExportedType> types = new ArrayList<>();
    for (Stmt s : body) {
      Stmt.Linkage l = s instanceof Stmt.StructDef sd ? sd.linkage() : s instanceof Stmt.EnumDef ed ? ed.linkage()
          : s instanceof Stmt.TypeDef td ? td.linkage() : null;
      if (l == null) continue;
      String name = s instanceof Stmt.StructDef sd ? sd.name() : s instanceof Stmt.EnumDef ed ? ed.name() : ((Stmt.TypeDef) s).name();
      if (l.exported() && s instanceof Stmt.EnumDef ed) {
        List<java.math.BigInteger> values = new ArrayList<>();
        for (Stmt.EnumMember m : ed.members()) {
          TypeDeclarations.EnumConstant c = module.types.constants.get(m.name());
          values.add(c == null ? null : c.value());
        }
        types.add(new ModuleInfo.ExportedType(s, null, values));
      } else if (l.exported()) {
        types.add(new ModuleInfo.ExportedType(s, module.types.names.get(name), null));
      } else if (name != null) {
        privateTypes.add(name);
      }
    }
    List<CFunction> publicFunctions = new ArrayList<>();
    List<CFunction> apiFunctions = new ArrayList<>();
    List<ModuleVariable> publicVariables = new ArrayList<>();
    List<ModuleVariable> apiVariables = new ArrayList<>();
    List<ClassInfo> publicClasses = new ArrayList<>();
    List<ClassInfo> apiClasses = new ArrayList<>();
    for (Stmt s : body) {
      // (a function the module's .pxd declares public or api is so, however its definition is written)
      Stmt.FuncDef declared = s instanceof Stmt.FuncDecl d && d.def().isCdef() ? d.def() : null;
      if (declared != null && declared.cdef().linkage().exported() && module.cfunctions.containsKey(declared.name())) {
        CFunction cf = module.cfunctions.get(declared.name());
        if (declared.cdef().linkage().isPublic() && !publicFunctions.contains(cf)) publicFunctions.add(cf);
        if (declared.cdef().linkage().isApi() && !apiFunctions.contains(cf)) {
          apiFunctions.add(cf);
          capiNames.add(declared.name());
        }
      } else if (s instanceof Stmt.FuncDef f && f.isCdef() && f.cdef().linkage().exported() && module.cfunctions.containsKey(f.name())) {
        checkFunction(f, privateTypes);
        CFunction cf = module.cfunctions.get(f.name());
        if (f.cdef().linkage().isPublic() && !publicFunctions.contains(cf)) publicFunctions.add(cf);
        if (f.cdef().linkage().isApi() && !apiFunctions.contains(cf)) {
          apiFunctions.add(cf);
          capiNames.add(f.name());
        }
      } else if (s instanceof Stmt.CDef cd && cd.linkage().exported()) {
        for (Stmt.Declarator d : cd.names()) {
          ModuleVariable v = module.variables.get(d.name());
          if (v == null) continue;
          if (cd.linkage().isPublic()) publicVariables.add(v);
          if (cd.linkage().isApi()) {
            apiVariables.add(v);
            capiNames.add(d.name());
          }
        }
      } else if (s instanceof Stmt.ClassDef cd && cd.extensionType() && cd.cNames() != null) {
        ClassInfo info = module.classes.classes.get(cd.name());
        if (!checkClass(cd) || info == null || info.def != cd) continue;
        for (ClassInfo k = info; k != null; k = k.base()) {
          for (ClassInfo.Field f : k.ownFields().values()) {
            if (f.type() instanceof CType.MemView) {
              module.diags.error(cd.pos(), "memoryview attributes of a public or api class are not supported by pyxc");
            }
          }
        }
        if (cd.cNames().linkage().isPublic()) publicClasses.add(info);
        if (cd.cNames().linkage().isApi()) apiClasses.add(info);
      }
    }
    return new ModuleInfo.Exports(List.copyOf(publicFunctions), List.copyOf(apiFunctions), List.copyOf(publicVariables),
        List.copyOf(apiVariables), List.copyOf(types), List.copyOf(publicClasses), List.copyOf(apiClasses));
  }

  /** Cython's errors for what C outside the module could not spell or call. */
  private void checkFunction(Stmt.FuncDef f, Set<String> privateTypes) {
    if (f.returnType() != null && usesPrivate(f.returnType(), privateTypes)) {
      module.diags.error(f.pos(), "Function declared public or api may not have private types");
    }
    for (Stmt.Param p : f.params()) {
      if (p.type() != null && usesPrivate(p.type(), privateTypes)) {
        module.diags.error(p.type().pos(), "Function declared public or api may not have private types");
      }
    }
    for (Stmt.Param p : f.params()) {
      if (p.defaultValue() != null) {
        module.diags.error(f.cdef().declarator() != null ? f.cdef().declarator() : f.pos(),
            "Function with optional arguments may not be declared public or api");
        break;
      }
    }
  }

  private static boolean usesPrivate(TypeRef t, Set<String> privateTypes) {
    if (t instanceof TypeRef.Named n) return privateTypes.contains(n.name());
    if (t instanceof TypeRef.Const c) return usesPrivate(c.target(), privateTypes);
    if (t instanceof TypeRef.Volatile v) return usesPrivate(v.target(), privateTypes);
    if (t instanceof TypeRef.Pointer p) return usesPrivate(p.target(), privateTypes);
    if (t instanceof TypeRef.Array a) return usesPrivate(a.elem(), privateTypes);
    return false;
  }

  /** A public or api class names its struct and type object; only such a class may name them. */
  private boolean checkClass(Stmt.ClassDef cd) {
    Stmt.ExtNames n = cd.cNames();
    if (!n.linkage().exported()) {
      if (n.namesPos() != null) module.diags.error(n.namesPos(), "Name options only allowed for 'public', 'api', or 'extern' C class");
      return false;
    }
    String which = n.linkage().isPublic() ? "public" : "api";
    boolean ok = true;
    if (n.objectStruct() == null) {
      module.diags.error(cd.pos(), "Object struct name specification required for '" + which + "' C class");
      ok = false;
    }
    if (n.typeObject() == null) {
      module.diags.error(cd.pos(), "Type object name specification required for '" + which + "' C class");
      ok = false;
    }
    return ok;
  }
}
