package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.lex.Lexer;
import dev.pyxc.parse.Parser;
import java.util.ArrayList;
import java.util.List;

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

  /** {@code errors}: where a refusal goes when {@code @cython.auto_pickle(True)} insists on pickling. */
  static Defs of(ClassInfo cls, java.util.function.Consumer<String> errors) {
    for (ClassInfo c = cls; c != null; c = c.base) {
      for (String own : List.of("__reduce__", "__reduce_ex__", "__getstate__", "__reduce_cython__")) {
        // (a base's own pickling methods, made here, do not stop a subclass from getting its own)
        if (c.defMethods.containsKey(own) && !c.synthesized.contains(c.defMethods.get(own))) return new Defs(List.of(), null);
      }
    }
    List<ClassInfo.Field> fields = new ArrayList<>();
    List<ClassInfo> chain = new ArrayList<>();
    for (ClassInfo c = cls; c != null; c = c.base) chain.add(0, c);
    for (ClassInfo c : chain) fields.addAll(c.fields.values());
    // Cython's reasons, in its order, to make pickling an error instead (at compile time when forced).
    String refusal = null;
    List<String> noPython = fields.stream().filter(f -> !Types.convertsToPython(f.type())).map(f -> "self." + f.name()).toList();
    List<String> structs = fields.stream().filter(f -> f.type() instanceof CType.Struct).map(f -> "self." + f.name()).toList();
    if (!rebuildable(cls)) {
      refusal = "no default __reduce__ due to non-trivial __cinit__";
    } else if (!noPython.isEmpty()) {
      refusal = String.join(",", noPython) + " cannot be converted to a Python object for pickling";
    } else if (!structs.isEmpty() && !cls.autoPickleForced) {
      // (an extern struct may be only partly declared)
      refusal = "Pickling of struct members such as " + String.join(",", structs) + " must be explicitly requested with @auto_pickle(True)";
    }
    if (refusal != null) {
      if (cls.autoPickleForced) errors.accept(refusal);
      return new Defs(parse("def __reduce_cython__(self):\n    raise TypeError(\"" + refusal + "\")\n"
          + "def __setstate_cython__(self, state):\n    raise TypeError(\"" + refusal + "\")\n"), null);
    }
    StringBuilder values = new StringBuilder();
    StringBuilder stores = new StringBuilder();
    // Cython's layout, so that pickles move between Cython- and pyxc-built modules: the attributes in
    // name order, checked by the checksums of their names Cython computes.
    fields.sort(java.util.Comparator.comparing(ClassInfo.Field::name));
    List<String> names = fields.stream().map(ClassInfo.Field::name).toList();
    for (int i = 0; i < fields.size(); i++) {
      values.append("self.").append(names.get(i)).append(", ");
      stores.append("    self.").append(names.get(i)).append(" = state[").append(i).append("]\n");
    }
    List<String> checksums = checksums(String.join(" ", names));
    String checksum = checksums.get(0);
    String unpickle = unpickleName(cls);
    // As Cython: an instance's __dict__ (a Python subclass's attributes) travels after the fields, and
    // the state is set after the instance is made whenever it may refer back to it (object fields,
    // a __dict__), so that pickle's memo resolves the cycle.
    String objectFields = fields.stream().filter(f -> f.type() instanceof CType.PyObject)
        .map(f -> "self." + f.name() + " is not None").collect(java.util.stream.Collectors.joining(" or "));
    String src = "def __reduce_cython__(self):\n"
        + "    state = (" + values + ")\n"
        + "    _dict = getattr(self, '__dict__', None)\n"
        + "    if _dict is not None and _dict:\n"
        + "        state += (_dict,)\n"
        + "        use_setstate = True\n"
        + "    else:\n"
        + "        use_setstate = " + (objectFields.isEmpty() ? "False" : objectFields) + "\n"
        + "    if use_setstate:\n"
        + "        return " + unpickle + ", (type(self), " + checksum + ", None), state\n"
        + "    return " + unpickle + ", (type(self), " + checksum + ", state)\n"
        + "def __setstate_cython__(self, state):\n"
        + stores
        + "    if len(state) > " + fields.size() + " and state[" + fields.size() + "]:\n"
        + "        self.__dict__.update(state[" + fields.size() + "])\n";
    // (its names are Cython's __pyx_ ones, which no class of the module can be called)
    String shown = checksums.stream().map(c -> "0x" + Long.toHexString(Long.decode(c))).distinct()
        .collect(java.util.stream.Collectors.joining(", "));
    String fn = "def " + unpickle + "(__pyx_type, __pyx_checksum, __pyx_state):\n"
        + "    if __pyx_checksum not in (" + String.join(", ", checksums) + "):\n"
        + "        from pickle import PickleError as __pyx_PickleError\n"
        + "        raise __pyx_PickleError(\"Incompatible checksums (0x%x vs (" + shown + ") = (" + String.join(", ", names)
        + "))\" % __pyx_checksum)\n"
        + "    __pyx_result = " + cls.name() + ".__new__(__pyx_type)\n"
        + "    if __pyx_state is not None:\n"
        + "        __pyx_result.__setstate_cython__(__pyx_state)\n"
        + "    return __pyx_result\n";
    return new Defs(parse(src), parse(fn).get(0));
  }

  /** Cython's checksums of the attribute names: the first 7 hex digits of their SHA-256, SHA-1 and MD5. */
  private static List<String> checksums(String names) {
    List<String> out = new ArrayList<>();
    for (String algorithm : List.of("SHA-256", "SHA-1", "MD5")) {
      try {
        byte[] digest = java.security.MessageDigest.getInstance(algorithm).digest(names.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.add("0x" + java.util.HexFormat.of().formatHex(digest).substring(0, 7));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(algorithm + " is part of every Java platform", e);
      }
    }
    return out;
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
      // (any __cinit__, as Cython decides: it might need the constructor's arguments)
      if (c.defMethods.get("__cinit__") != null) return false;
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
