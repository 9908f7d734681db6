package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import dev.pyxc.sema.ClassInfo;
import dev.pyxc.sema.PyClassInfo;
import java.util.Set;

/**
 * The contracts of extension-type instances, in the vocabulary of {@link Primitives}. A field is a
 * place that owns what it holds: a read of an object or view field gives a new reference (as
 * Cython's does: the field may be reassigned, and the old value released, by any Python code the
 * reader runs), a store steals its value and releases the old one after the store. C fields are
 * plain C values. The instance is reached through the struct of the class that declares the
 * field, which every subclass's struct begins with.
 * <pre>
 *   %3 = getfield_Node_next self       # new reference
 *   setfield_Node_next self, steal %4  # the old value released inside
 * </pre>
 */
public final class ClassPrimitives {
  private ClassPrimitives() {}

  /**
   * An attribute as the C sees it: the class that declares it (whose struct every subclass's
   * begins with), its type, and the C lvalue of it in the instance that is argument 0.
   */
  private record Slot(ClassInfo owner, String field, CType type, String member) {
    static Slot of(ClassInfo cls, String field) {
      for (ClassInfo c = cls; c != null; c = c.base()) {
        if (c.ownFields().containsKey(field)) {
          // (an extern class's fields are members of its own struct, by their own names)
          String member = c.isExtern() ? "((" + c.externStruct() + " *)%0)->" + field
              : "((" + CSymbols.instanceStruct(c.name()) + " *)%0)->" + CSymbols.field(field);
          return new Slot(c, field, c.ownFields().get(field).type(), member);
        }
      }
      throw new IllegalArgumentException(field + " is not a field of " + cls.name());
    }

    String opName(String op) {
      return op + "_" + owner.name() + "_" + field;
    }
  }

  /** A C attribute as an lvalue over the instance {@code %0} (a struct attribute's fields are written in place). */
  public static String fieldPlace(ClassInfo cls, String field) {
    return Slot.of(cls, field).member();
  }

  /** {@code &obj.field} of a C field: valid while the instance lives (Cython's rule too). */
  public static Primitive fieldAddress(ClassInfo cls, String field, CType.Pointer t) {
    Slot f = Slot.of(cls, field);
    return new Primitive(f.opName("fieldaddress"), "&" + f.member(), t, false, Set.of(), ErrorKind.NEVER);
  }

  public static Primitive getField(ClassInfo cls, String field) {
    Slot f = Slot.of(cls, field);
    String name = f.opName("getfield");
    if (f.type() instanceof CType.MemView) {
      return new Primitive(name, "pyxc_mv_field_get(&" + f.member() + ")", f.type(), false, Set.of(), ErrorKind.NULL);
    } else if (f.type() instanceof CType.PyObject) {
      return new Primitive(name, "Py_NewRef(" + f.member() + ")", f.type(), false, Set.of(), ErrorKind.NEVER);
    }
    return new Primitive(name, f.member(), f.type(), false, Set.of(), ErrorKind.NEVER);
  }

  /**
   * An object attribute read where the GIL is released: the struct's pointer, borrowed (no
   * reference taken, which would need the GIL). Nothing in a nogil region can rebind the field,
   * and sema keeps such a value from leaving the region.
   */
  public static Primitive getObjectFieldBorrowed(ClassInfo cls, String field) {
    Slot f = Slot.of(cls, field);
    return new Primitive(f.opName("getfield_borrowed"), f.member(), f.type(), true, Set.of(), ErrorKind.NEVER);
  }

  /**
   * A view attribute read for one element access right away: the struct's own slice, borrowed (no
   * acquisition), or Cython's AttributeError while unset. Safe only while nothing between the read
   * and the access can run Python code or rebind the instance; {@code ClassLowering} checks that.
   */
  public static Primitive getViewFieldBorrowed(ClassInfo cls, String field) {
    Slot f = Slot.of(cls, field);
    return new Primitive(f.opName("getfield_borrowed"), "pyxc_mv_field_borrow(&" + f.member() + ")", f.type(), true, Set.of(),
        ErrorKind.NULL);
  }

  /** Argument 0 the instance, argument 1 the value (stolen when refcounted). */
  public static Primitive setField(ClassInfo cls, String field) {
    Slot f = Slot.of(cls, field);
    String name = f.opName("setfield");
    if (f.type() instanceof CType.MemView) {
      return new Primitive(name, "pyxc_mv_field_set(&" + f.member() + ", %1)", CType.VOID, false, Set.of(1), ErrorKind.NEVER);
    } else if (f.type() instanceof CType.PyObject) {
      return new Primitive(name, "pyxc_field_set(&" + f.member() + ", %1)", CType.VOID, false, Set.of(1), ErrorKind.NEVER);
    }
    return new Primitive(name, f.member() + " = %1", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  }

  /**
   * A call of cdef method {@code f} on a value of static type {@code cls}: direct when no class of
   * the module below {@code cls} replaces it, else through the slot of the instance's vtable
   * (argument 0 is the instance). Arguments borrowed, failure as the signature says.
   */
  public static Primitive methodCall(ClassInfo cls, dev.pyxc.sema.CFunction f) {
    Primitive direct = Primitives.cdefCall(f);
    if (!cls.dispatches(f.name())) return direct;
    ClassInfo intro = cls.slotClass(f.name());
    String slot = "((" + CSymbols.vtableStruct(intro.name()) + " *)((" + CSymbols.instanceStruct(cls.root().name()) + " *)%0)->"
        + CSymbols.VTABLE_POINTER + ")->" + CSymbols.ident(f.name());
    return new Primitive("vcall_" + f.name(), slot + "(%*)", direct.result(), false, Set.of(), direct.error());
  }

  /**
   * Cdef method {@code f} of an instance (argument 0) of static type {@code cls} as a C function
   * pointer: the slot of the instance's vtable where a class below may replace it, else its function.
   */
  public static Primitive methodPointer(ClassInfo cls, dev.pyxc.sema.CFunction f) {
    CType t = dev.pyxc.sema.CPointers.pointerTo(f);
    if (!cls.dispatches(f.name())) {
      return new Primitive("method_address_" + f.name(), "((void)%0, " + CSymbols.cdefName(f) + ")", t, false, Set.of(), ErrorKind.NEVER);
    }
    String slot = "((" + CSymbols.vtableStruct(cls.slotClass(f.name()).name()) + " *)((" + CSymbols.instanceStruct(cls.root().name())
        + " *)%0)->" + CSymbols.VTABLE_POINTER + ")->" + CSymbols.ident(f.name());
    return new Primitive("method_slot_" + f.name(), slot, t, false, Set.of(), ErrorKind.NEVER);
  }

  /**
   * A call of class {@code owner}'s own implementation of cdef method {@code f}, without dispatch
   * ({@code Base.m(self)}): its compiled body, or for another module's class the function in that
   * class's vtable (the body lives in its module).
   */
  public static Primitive implementationCall(ClassInfo owner, dev.pyxc.sema.CFunction f) {
    if (owner == null || owner.importedFrom() == null) return Primitives.cdefBodyCall(f);
    StringBuilder slot = new StringBuilder(CSymbols.vtable(owner.name()));
    for (ClassInfo c = owner; c != owner.slotClass(f.name()); c = c.base()) slot.append(".base");
    slot.append('.').append(CSymbols.ident(f.name()));
    Primitive direct = Primitives.cdefBodyCall(f);
    return new Primitive("impl_" + f.name(), slot + "(%*)", direct.result(), false, Set.of(), direct.error());
  }

  /** At the start of a C function, an argument whose annotation refuses None: Cython's TypeError. */
  public static final Primitive ARG_NOT_NONE = new Primitive("arg_not_none", "pyxc_arg_not_none(%0)", CType.INT, false, Set.of(),
      ErrorKind.NEG_ONE);

  /** Before a C-level attribute or cdef method of a value that may be None: Python's AttributeError. */
  public static Primitive attrNotNone(String attribute) {
    return new Primitive("attr_not_none", "pyxc_attr_not_none(%0, " + Primitives.cString(attribute) + ")", CType.INT, false,
        Set.of(), ErrorKind.NEG_ONE);
  }

  // ---- Python classes ----

  /**
   * {@code pyxc_build_class(bases, keywords or None, name, qualname, doc or None, body, closure)}:
   * the metaclass picked, the namespace prepared and filled by the compiled body (given the
   * scope of the function the statement is in, argument 5 when {@code inFunction}), the class
   * made. New reference.
   */
  public static Primitive buildClass(PyClassInfo py, boolean inFunction) {
    return new Primitive("build_class", "pyxc_build_class(%0, %1, %2, %3, %4, pyxc_m_dict, " + classBody(py) + ", "
        + (inFunction ? "%5" : "NULL") + ")", CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }

  /**
   * A cdef class body binding a name in the type's dict ({@code %0}, key {@code %1}, value
   * {@code %2}, borrowed): the type's attribute cache told, and the value's {@code __set_name__}
   * called, as Cython does at each such assignment (status).
   */
  public static Primitive extensionAttribute(String cls) {
    return new Primitive("extension_attribute", "pyxc_ext_class_setitem(&" + CSymbols.typeObject(cls) + ", %0, %1, %2)", CType.INT,
        false, Set.of(), ErrorKind.NEG_ONE);
  }

  /** Runs the statements of a cdef class body into the type's dict (status). */
  public static Primitive extensionBody(ClassInfo cls, PyClassInfo body) {
    return new Primitive("extension_body", "pyxc_ext_class_body(&" + CSymbols.typeObject(cls.name()) + ", " + classBody(body) + ")",
        CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }

  /** The compiled body of a Python class, which fills the namespace it is given. */
  public static String classBody(PyClassInfo py) {
    return "pyxc_cb" + CSymbols.classPart(py.cName());
  }

  /** The type object of an extension type: static, so borrowed for as long as the module lives. */
  public static Primitive typeObject(ClassInfo cls) {
    return new Primitive("type_" + cls.name(), "((PyObject *)&" + CSymbols.typeObject(cls.name()) + ")", CType.OBJECT, true,
        Set.of(), ErrorKind.NEVER);
  }

  /**
   * An object stored where an extension type is declared: that type, a subtype, or None; with
   * {@code noneOk} false (the checked cast {@code <Point?>x}) None is refused too.
   */
  public static Primitive extTypeTest(ClassInfo cls, boolean noneOk) {
    return new Primitive("type_test_" + cls.name(), "pyxc_ext_type_test(%0, &" + CSymbols.typeObject(cls.name()) + ", "
        + (noneOk ? 1 : 0) + ")", CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }
}
