package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.util.List;

/**
 * Module-level names: reading and binding globals (the module body's variables and names
 * declared {@code global}) and the {@code import} statements that bind them.
 */
final class ModuleLowering {
  private final FunctionBuilder fb;

  ModuleLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /**
   * {@code import a.b} binds {@code a} (the top package); {@code import a.b as c} binds the
   * module a.b itself; {@code from m import x} binds m's attribute x. A module in a package at
   * language level 2 looks in its package first, as Cython's do; {@code from . import x} and
   * {@code from ..m import x} start there.
   */
  void importStmt(Stmt.Import i) {
    if (i.fromModule() == null) {
      for (Stmt.Alias a : i.names()) {
        boolean leaf = a.asName() != null;
        Register mod = fb.call(implicitRelative() ? Primitives.importFromPackage(a.name(), -1, null, leaf)
            : Primitives.importModule(a.name(), leaf), a.pos());
        String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
        fb.assignments.store(new Expr.Name(bound, a.pos()), mod, a.pos());
      }
      return;
    }
    Register mod = fromModule(i.fromModule(), i.names().stream().map(Stmt.Alias::name).toList(), i.pos());
    for (Stmt.Alias a : i.names()) {
      Register value = fb.call(Primitives.importFrom(a.name()), a.pos(), mod);
      fb.assignments.store(new Expr.Name(a.asName() != null ? a.asName() : a.name(), a.pos()), value, a.pos());
    }
  }

  /**
   * {@code from m import *}: the runtime binds each name, through the module's setter of its cdef
   * variables (sema.ImportStar) for the names it declares.
   */
  void importStar(Stmt.ImportStar i) {
    Register mod = fromModule(i.fromModule(), List.of("*"), i.pos());
    dev.pyxc.sema.CFunction setter = fb.outer.info.cfunctions().get(dev.pyxc.sema.ImportStar.SETTER);
    Register set = fb.call(Primitives.functionAddress(setter, dev.pyxc.sema.CPointers.pointerTo(setter)), i.pos());
    fb.call(Primitives.IMPORT_STAR, i.pos(), mod, set);
  }

  /** The module a from-import takes {@code names} from: {@code module}'s leading dots are its level. */
  private Register fromModule(String module, List<String> names, Pos pos) {
    int level = 0;
    while (level < module.length() && module.charAt(level) == '.') level++;
    // (__future__ is the interpreter's own: never a module of the package)
    if (level == 0 && (!implicitRelative() || module.equals("__future__"))) return fb.call(Primitives.importModule(module, true), pos);
    return fb.call(Primitives.importFromPackage(module.substring(level), level == 0 ? -1 : level, names, true), pos);
  }

  /** Whether an import without dots looks in the module's package first (see Directives.implicitRelativeImport). */
  private boolean implicitRelative() {
    return fb.outer.moduleName.contains(".") && fb.directives.implicitRelativeImport();
  }

  /**
   * Binds a module global (top-level code, or a name declared global); in a Python class body,
   * an entry of the class namespace.
   */
  void setGlobal(String name, Register value, Pos pos) {
    Register key = fb.constant(new Const.PyStr(name), CType.OBJECT);
    if (inNamespace(name)) {
      dev.pyxc.sema.PyClassInfo c = fb.fi.pyClass();
      fb.call(c.extensionType() ? dev.pyxc.ir.ClassPrimitives.extensionAttribute(c.def().name()) : Primitives.SETITEM, pos, namespace(), key,
          fb.coerce(value, CType.OBJECT, pos));
      return;
    }
    fb.call(Primitives.SET_GLOBAL, pos, key, fb.coerce(value, CType.OBJECT, pos));
  }

  /** A module-level cdef variable's value (see ModuleVariablePrimitives for what a read owns). */
  Register readVariable(dev.pyxc.sema.ModuleVariable v, Pos pos) {
    return fb.call(dev.pyxc.ir.ModuleVariablePrimitives.read(v), pos);
  }

  /** Stores into a module-level cdef variable, converted to its type; an array takes its elements. */
  void storeVariable(dev.pyxc.sema.ModuleVariable v, Register value, Pos pos) {
    if (v.type() instanceof CType.CArray a) {
      fb.pointers.storeArray(readVariable(v, pos), a, value, pos);
      return;
    }
    fb.call(dev.pyxc.ir.ModuleVariablePrimitives.store(v), pos, fb.coerce(value, v.type(), pos));
  }

  /** A module global or builtin; in a Python class body the class namespace is looked in first. */
  Register global(String name, Pos pos) {
    if (inNamespace(name)) return fb.call(Primitives.NS_LOOKUP, pos, namespace(), fb.constant(new Const.PyStr(name), CType.OBJECT));
    Register r = fb.temp(CType.OBJECT);
    fb.addChecked(new Op.LoadGlobal(r, name), pos);
    return r;
  }

  /** {@code del name} of a module global, or of a class namespace entry in a class body. */
  void delGlobal(String name, Pos pos) {
    Register key = fb.constant(new Const.PyStr(name), CType.OBJECT);
    if (inNamespace(name)) fb.call(Primitives.NS_DEL, pos, namespace(), key);
    else fb.call(Primitives.DEL_GLOBAL, pos, key);
  }

  /** Whether a class body binds and reads {@code name} in its namespace (all but its {@code global} names). */
  private boolean inNamespace(String name) {
    return fb.fn.classBody && !fb.fi.pyClass().globals().contains(name);
  }

  private Register namespace() {
    return fb.fn.params.get(0);
  }
}
