package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code def __getbuffer__(self, Py_buffer *buffer, int flags)} and {@code def
 * __releasebuffer__(self, Py_buffer *buffer)} of an extension type: the buffer protocol's two C
 * slots, which take C arguments no Python call could pass. Each is compiled as a module-level cdef
 * function named {@code Cls.__getbuffer__} (hoisted like {@link StaticMethods}): {@code self}
 * typed as the class, an untyped buffer or flags parameter typed as the slot types it, returning
 * nothing as Cython has it ("Return with value in void function"). {@code __getbuffer__}
 * propagates what it raises ({@code except *}, the slot adapter turning it into -1);
 * {@code __releasebuffer__} cannot, so it is {@code noexcept} (its exception is unraisable). The
 * slot adapters are {@code emit/SlotEmitter}'s.
 */
final class BufferMethods {
  private BufferMethods() {}

  static final String GET = "__getbuffer__";
  static final String RELEASE = "__releasebuffer__";

  /**
   * {@code f} of class {@code cls} as the cdef function it is compiled to, or null when it is not
   * a buffer method or has the wrong number of parameters (then ClassChecks reports Cython's error).
   * An untyped {@code flags} is a C int here (Cython's is the int object made of it).
   */
  static Stmt.FuncDef asCFunction(Stmt.ClassDef cls, Stmt.FuncDef f, dev.pyxc.diag.Diagnostics diags) {
    int arity = f.name().equals(GET) ? 3 : f.name().equals(RELEASE) ? 2 : -1;
    if (f.isCdef() || arity < 0 || f.params().size() != arity) return null;
    if (f.params().stream().anyMatch(p -> p.kind() != Stmt.Param.Kind.POSITIONAL && p.kind() != Stmt.Param.Kind.POSITIONAL_ONLY)) {
      return null;
    }
    List<TypeRef> slotTypes = List.of(new TypeRef.Named(cls.name(), f.pos()),
        new TypeRef.Pointer(new TypeRef.Named("Py_buffer", f.pos()), f.pos()), new TypeRef.Named("int", f.pos()));
    List<Stmt.Param> params = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      Stmt.Param p = f.params().get(i);
      if (i == 1 && p.type() == null) {
        // Cython types an untyped one as an object, which the slot's pointer cannot become.
        diags.error(p.pos(), "Cannot convert argument of type 'Py_buffer *' to Python object");
      }
      // self is never None: the slot is called on an instance.
      params.add(new Stmt.Param(p.name(), p.type() != null ? p.type() : slotTypes.get(i), p.defaultValue(), i == 0 || p.notNone(),
          p.orNone(), p.pos(), p.kind()));
    }
    Stmt.ExceptSpec except = new Stmt.ExceptSpec(arity == 3 ? Stmt.ExceptSpec.Kind.STAR : Stmt.ExceptSpec.Kind.NOEXCEPT, null, Pos.NONE);
    return new Stmt.FuncDef(StaticMethods.qualified(cls.name(), f.name()), params, new TypeRef.Named("void", f.pos()), f.docstring(),
        f.body(), f.decorators(), new Stmt.CSignature(false, except, false, f.pos()), f.pos());
  }
}
