package dev.pyxc.emit;

import dev.pyxc.ir.CSymbols;
import dev.pyxc.sema.CFunction;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.ClassInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The vtable slots of a cdef method that an override with more optional parameters fills (see
 * {@code ClassInfo.slotClass}): each older slot holds a function of its own signature that calls
 * the override, passing the count the caller gave through.
 */
final class SlotAdapters {
  private SlotAdapters() {}

  /** What fills {@code slotClass}'s slot {@code slot} with implementation {@code impl}: the implementation, or its adapter. */
  static String filling(CFunction slot, CFunction impl, ClassInfo slotClass) {
    return sameArity(slot, impl) ? CSymbols.cdefName(impl) : name(impl, slotClass);
  }

  private static boolean sameArity(CFunction slot, CFunction impl) {
    return slot.params().size() == impl.params().size();
  }

  private static String name(CFunction impl, ClassInfo slotClass) {
    return "pyxc_ca" + CSymbols.classPart(impl.owner()) + CSymbols.classPart(slotClass.name()) + "_" + CSymbols.ident(impl.name());
  }

  /**
   * For each cdef method of {@code cls} that adds optional parameters to a base's, a function of
   * each older slot's signature calling it: the count the caller gave stays below the older
   * parameters', so the method replaces what is passed for the new ones with its defaults (None
   * for an object: a valid borrowed reference, which the method takes at entry; zero otherwise).
   */
  static String definitions(ClassInfo cls) {
    StringBuilder sb = new StringBuilder();
    for (CFunction impl : cls.ownCMethods().values()) {
      for (ClassInfo c = cls.base(); c != null; c = c.base()) {
        CFunction slot = c.ownSlots().stream().filter(f -> f.name().equals(impl.name())).findFirst().orElse(null);
        if (slot == null || sameArity(slot, impl)) continue;
        List<CType> params = slot.cParams();
        StringBuilder head = new StringBuilder("static ").append(CNames.type(slot.returnType())).append(name(impl, c)).append('(');
        for (int i = 0; i < params.size(); i++) head.append(i > 0 ? ", " : "").append(dev.pyxc.ir.CSpelling.declare(params.get(i), "a" + i));
        // (both count from the same parameter on: an override keeps the number of required ones)
        List<String> args = new ArrayList<>();
        for (int i = 0; i < slot.params().size(); i++) args.add("a" + (slot.countsOptional() && i >= slot.required() ? i + 1 : i));
        args.add(impl.required(), slot.countsOptional() ? "a" + slot.required() : "0");
        for (CType t : impl.params().subList(slot.params().size(), impl.params().size())) {
          args.add(t instanceof CType.PyObject ? "Py_None" : "(" + CNames.type(t).strip() + "){0}");
        }
        String result = slot.returnType() instanceof CType.Void ? "" : "return ";
        sb.append(head).append(") {\n    ").append(result).append(CSymbols.cdefName(impl)).append('(').append(String.join(", ", args))
            .append(");\n}\n\n");
      }
    }
    return sb.toString();
  }
}
