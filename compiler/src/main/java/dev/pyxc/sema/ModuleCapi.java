package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * What a module shares through its {@code __pyx_capi__} and takes from others': the functions and
 * variables its {@code .pxd} declares (and its api functions), each under the signature Cython
 * names its capsule by (CapiSignatures), the default slots of {@code =*} parameters, and the
 * imports its cimports bound (UserCimports).
 */
final class ModuleCapi {
  private ModuleCapi() {}

  /** The module's, once {@code c} has checked it. */
  static ModuleInfo.Capi of(Checker c) {
    List<ModuleInfo.CapiExport> exports = new ArrayList<>();
    for (String name : c.exported) {
      ModuleVariable v = c.variables.containsKey(Checker.underCimport(name)) ? c.variables.get(Checker.underCimport(name)) : c.variables.get(name);
      if (c.cfunctions.containsKey(name)) {
        // (an api function its .pxd does not declare: from its types; a fused one was refused)
        CFunction f = c.cfunctions.get(name);
        if (!c.capiSignatures.containsKey(name) && !CapiSignatures.spellable(f)) continue;
        String signature = c.capiSignatures.containsKey(name) ? c.capiSignatures.get(name) : CapiSignatures.of(f);
        exports.add(new ModuleInfo.CapiExport(name, f, null, null, signature));
      } else if (v != null) {
        exports.add(new ModuleInfo.CapiExport(name, null, v, null, CapiSignatures.of(v.type())));
      }
    }
    // A fused function's specializations, also under the names Cython 3 gives them (looked up first)
    // and the names Cython 0.29 gave them (which modules it built import: a project rebuilt in part).
    for (FusedFunctions.Group g : c.fused.groups.values()) {
      if (g.owner() != null || !g.def().isCdef()) continue;
      for (FusedFunctions.Specialization s : g.specializations()) {
        String name = s.def().name();
        exports.stream().filter(e -> e.name().equals(name) && e.function() != null).findFirst().ifPresent(e -> {
          exports.add(new ModuleInfo.CapiExport(FusedFunctions.capiName(g, s), e.function(), null, null, e.signature()));
          exports.add(new ModuleInfo.CapiExport(FusedFunctions.cython029CapiName(s), e.function(), null, null, e.signature()));
        });
      }
    }
    exports.addAll(sharedDefaults(c));
    return new ModuleInfo.Capi(List.copyOf(exports), List.copyOf(c.userCimports.imports.values()), List.copyOf(c.userCimports.enums));
  }

  /**
   * The slots of the parameters the module's {@code .pxd} declares {@code =*} (or {@code =?}) in
   * its functions: another module's call that leaves such an argument out reads it there.
   */
  private static List<ModuleInfo.CapiExport> sharedDefaults(Checker c) {
    List<ModuleInfo.CapiExport> out = new ArrayList<>();
    DeclarationFiles.Found own = c.files.own();
    if (own == null || own.module() == null) return out;
    for (Stmt s : own.module().body()) {
      if (s instanceof Stmt.FuncDecl d && c.cfunctions.containsKey(d.def().name())) {
        out.addAll(sharedDefaults(null, d.def().name(), d.def(), c.cfunctions.get(d.def().name())));
      } else if (s instanceof Stmt.FuncDecl d && c.fused.group(d.def().name()) != null) {
        // (a fused function's: each specialization's, under its name)
        for (FusedFunctions.Specialization sp : c.fused.group(d.def().name()).specializations()) {
          CFunction f = c.cfunctions.get(sp.def().name());
          if (f != null) out.addAll(sharedDefaults(null, sp.def().name(), d.def(), f));
        }
      } else if (s instanceof Stmt.ClassDef cd && cd.extensionType() && c.classes.named(cd.name()) != null) {
        ClassInfo info = c.classes.named(cd.name());
        for (Stmt m : cd.body()) {
          if (m instanceof Stmt.FuncDecl d && info.cmethods.containsKey(d.def().name())) {
            out.addAll(sharedDefaults(info.name(), d.def().name(), d.def(), info.cmethods.get(d.def().name())));
          }
        }
      }
    }
    return out;
  }

  private static List<ModuleInfo.CapiExport> sharedDefaults(String owner, String name, Stmt.FuncDef declared, CFunction f) {
    List<ModuleInfo.CapiExport> out = new ArrayList<>();
    for (int i = 0; i < declared.params().size() && i < f.params().size(); i++) {
      if (!(declared.params().get(i).defaultValue() instanceof dev.pyxc.ast.Expr.DeclaredDefault)) continue;
      if (!CapiSignatures.spellable(f.params().get(i))) continue; // (a fused or refused type: reported where declared)
      out.add(new ModuleInfo.CapiExport(dev.pyxc.ir.DefaultSlots.exportName(owner, name, i), null, null,
          new ModuleInfo.DefaultSlot(dev.pyxc.ir.DefaultSlots.name(owner, name, i), f.params().get(i)),
          CapiSignatures.of(f.params().get(i))));
    }
    return out;
  }
}
