package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import java.math.BigInteger;
import java.util.Set;

/**
 * The C properties of extern classes ({@code @property cdef inline} getters, {@code @name.setter}
 * setters): what Cython accepts of their signatures, and the names the class reads and assigns
 * its attributes through ({@code ClassInfo.inlineProperties}, {@code inlineSetters}).
 */
final class CProperties {
  private CProperties() {}

  /**
   * Method {@code m} of extern class {@code info} (the parser made it a module-level function):
   * bound as the class's getter or setter of its name, with Cython's checks of its signature. A
   * deleter (refused by the parser) is a second declaration of the name, as Cython reports it; a
   * def method is refused (in a {@code .pxd}, with Cython's error).
   */
  static void declare(Checker module, ClassInfo info, Stmt.ExternClass ec, Stmt.ExternMethod m) {
    Stmt.FuncDef f = m.function();
    if (m.kind() == Stmt.ExternMethod.Kind.DEF) {
      if (module.declaredModule == null) {
        module.diags.error(m.at(), "'methods of extern extension types' is not supported by pyxc");
      } else if (!PXD_DEF_SLOTS.contains(m.name())) {
        module.diags.error(m.at(), "function definition in pxd file must be declared 'cdef inline'");
      }
      return;
    }
    if (m.kind() == Stmt.ExternMethod.Kind.DELETER) {
      module.diags.error(m.at(), "'" + m.name() + "' redeclared ");
      ec.methods().stream().filter(g -> g.name().equals(m.name()) && g.kind() == Stmt.ExternMethod.Kind.GETTER).findFirst()
          .ifPresent(g -> module.diags.error(g.at(), "Previous declaration is here"));
      return;
    }
    // (read quietly: the file's types may not all be declared yet; a name not known yet is not judged,
    // a pointer or array is neither void nor int)
    CType returns = f.returnType() == null ? CType.OBJECT : f.returnType() instanceof TypeRef.Named n
        ? (n.name().equals("void") ? CType.VOID : module.typeNamedQuietly(n.name())) : new CType.Pointer(CType.VOID);
    if (returns == null) returns = CType.ERROR;
    Stmt.ExceptSpec.Kind except = f.cdef().except().kind();
    if (m.kind() == Stmt.ExternMethod.Kind.GETTER) {
      if (returns instanceof CType.Void) module.diags.error(m.at(), "C property getter cannot return 'void'");
      if (f.params().size() != 1) module.diags.error(m.at(), "C property getter must have a single (self) argument");
      info.inlineProperties.put(m.name(), f.name());
      return;
    }
    // A setter returns nothing or an int status: void noexcept, or int except -1 / except? -1.
    if (returns instanceof CType.Void) {
      if (except != Stmt.ExceptSpec.Kind.NOEXCEPT) module.diags.error(m.at(), "C property setter needs 'noexcept' if declared 'void'");
    } else if (returns.equals(CType.INT)) {
      Expr value = f.cdef().except().value();
      BigInteger v = value == null ? null : ConstantExpressions.intValue(value, module.types::constantValue);
      if (value != null && !BigInteger.ONE.negate().equals(v)) {
        module.diags.error(m.at(), "C property setter with 'int' return needs explicit 'except -1' or 'except? -1'");
      }
    } else if (returns != CType.ERROR) {
      module.diags.error(m.at(), "C property setter must return void or an 'int' error code, -1 (error) or 0 (ok)");
    }
    if (f.params().size() != 2) module.diags.error(m.at(), "C property setter must have two arguments (self and value)");
    info.inlineSetters.put(m.name(), f.name());
  }

  /** The def methods a {@code .pxd}'s class may define: they fill the buffer slots (Cython's rule). */
  static final Set<String> PXD_DEF_SLOTS = Set.of("__getbuffer__", "__releasebuffer__");

}
