package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.lex.Lexer;
import dev.pyxc.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Cython 3's automatic pickling of extension types, written as Python the way Cython writes it
 * (from a source fragment) and compiled like any other code: {@code __reduce_cython__} returns a
 * module-level {@code __pyx_unpickle_T(type, checksum, state)} with the attributes' values,
 * {@code __setstate_cython__} stores them back, and the type's {@code __reduce__} and
 * {@code __setstate__} are those two. A class whose instances cannot be rebuilt that way (a view
 * attribute, or a {@code __cinit__} that takes arguments) gets a {@code __reduce_cython__} that
 * raises Cython's TypeError. A class that defines its own {@code __reduce__}, {@code __reduce_ex__}
 * or {@code __getstate__} is left alone, as is one under {@code @cython.auto_pickle(False)}.
 */
final class Pickling {
  private Pickling() {}

  /** The defs to add: methods of {@code cls}, and at most one module-level function. */
  record Defs(List<Stmt.FuncDef> methods, Stmt.FuncDef unpickle) {}

  static Defs of(ClassInfo cls) {
    for (ClassInfo c = cls; c != null; c = c.base) {
      for (String own : List.of("__reduce__", "__reduce_ex__", "__getstate__", "__reduce_cython__")) {
        if (c.defMethods.containsKey(own)) return new Defs(List.of(), null);
      }
    }
    if (!rebuildable(cls)) {
      String src = "def __reduce_cython__(self):\n"
          + "    raise TypeError(\"no default __reduce__ due to non-trivial __cinit__\")\n"
          + "def __setstate_cython__(self, state):\n"
          + "    raise TypeError(\"no default __reduce__ due to non-trivial __cinit__\")\n";
      return new Defs(parse(src), null);
    }
    List<ClassInfo.Field> fields = new ArrayList<>();
    List<ClassInfo> chain = new ArrayList<>();
    for (ClassInfo c = cls; c != null; c = c.base) chain.add(0, c);
    for (ClassInfo c : chain) fields.addAll(c.fields.values());
    StringBuilder values = new StringBuilder();
    StringBuilder stores = new StringBuilder();
    StringBuilder layout = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      ClassInfo.Field f = fields.get(i);
      values.append("self.").append(f.name()).append(", ");
      stores.append("    self.").append(f.name()).append(" = state[").append(i).append("]\n");
      layout.append(f.name()).append(':').append(f.type().name()).append(';');
    }
    CRC32 crc = new CRC32();
    crc.update(layout.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String checksum = "0x" + Long.toHexString(crc.getValue());
    String unpickle = unpickleName(cls);
    String src = "def __reduce_cython__(self):\n"
        + "    return " + unpickle + ", (type(self), " + checksum + ", (" + values + "))\n"
        + "def __setstate_cython__(self, state):\n"
        + (stores.length() == 0 ? "    pass\n" : stores.toString());
    String fn = "def " + unpickle + "(type, checksum, state):\n"
        + "    if checksum != " + checksum + ":\n"
        + "        from pickle import PickleError\n"
        + "        raise PickleError(\"Incompatible checksums (0x%x vs " + checksum + ")\" % checksum)\n"
        + "    result = " + cls.name() + ".__new__(type)\n"
        + "    if state is not None:\n"
        + "        result.__setstate_cython__(state)\n"
        + "    return result\n";
    return new Defs(parse(src), parse(fn).get(0));
  }

  /** The module-level function pickle calls to rebuild an instance (a module attribute). */
  static String unpickleName(ClassInfo cls) {
    return "__pyx_unpickle_" + cls.name();
  }

  /**
   * Whether a new instance plus stored attributes is the instance again: no view attribute (a
   * view's buffer cannot be pickled) and no {@code __cinit__} that needs the constructor's arguments.
   */
  private static boolean rebuildable(ClassInfo cls) {
    for (ClassInfo c = cls; c != null; c = c.base) {
      if (c.instanceDict) return false;
      for (ClassInfo.Field f : c.fields.values()) if (f.type() instanceof CType.MemView) return false;
      Stmt.FuncDef cinit = c.defMethods.get("__cinit__");
      if (cinit != null && cinit.params().size() > 1) return false;
    }
    return true;
  }

  /** Parses the fragment as a module; it is pyxc's own text, so an error here is a bug. */
  private static List<Stmt.FuncDef> parse(String src) {
    try {
      Diagnostics diags = new Diagnostics("(tree fragment)");
      Lexer lexer = new Lexer(src, diags, "3");
      Module m = Parser.parse("fragment", lexer.scan(), List.of(), "(tree fragment)", false);
      List<Stmt.FuncDef> out = new ArrayList<>();
      for (Stmt s : m.body()) out.add((Stmt.FuncDef) s);
      return out;
    } catch (CompileError e) {
      throw new IllegalStateException("pyxc's pickling fragment does not parse: " + e.getMessage(), e);
    }
  }
}
