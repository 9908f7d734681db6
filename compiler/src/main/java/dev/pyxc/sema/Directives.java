package dev.pyxc.sema;

import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiler directives as Cython defines them, from the {@code # cython:} header and {@code -X}.
 * Only the boolean ones and {@code language_level} change pyxc's output today; the rest are
 * accepted so files written for Cython compile.
 */
public final class Directives {
  private static final Map<String, Boolean> BOOL_DEFAULTS = new LinkedHashMap<>();

  static {
    BOOL_DEFAULTS.put("boundscheck", true);
    BOOL_DEFAULTS.put("wraparound", true);
    BOOL_DEFAULTS.put("initializedcheck", true);
    BOOL_DEFAULTS.put("nonecheck", false);
    BOOL_DEFAULTS.put("cdivision", false);
    BOOL_DEFAULTS.put("cdivision_warnings", false);
    BOOL_DEFAULTS.put("overflowcheck", false);
    // Cython's automatic pickling of extension types (a module-wide default for @cython.auto_pickle).
    BOOL_DEFAULTS.put("auto_pickle", true);
    // Binary operator methods as the C API calls them (a module-wide default for the class decorator):
    // the slot is __add__, called with the operands in their order whichever is the instance.
    BOOL_DEFAULTS.put("c_api_binop_methods", false);
    // Cython's choice of checking a nested expression once or at each step: the same errors either way.
    BOOL_DEFAULTS.put("overflowcheck.fold", true);
    BOOL_DEFAULTS.put("embedsignature", false);
    BOOL_DEFAULTS.put("binding", true);
    BOOL_DEFAULTS.put("profile", false);
    BOOL_DEFAULTS.put("linetrace", false);
    BOOL_DEFAULTS.put("always_allow_keywords", true);
    BOOL_DEFAULTS.put("autotestdict", true);
    BOOL_DEFAULTS.put("autotestdict.all", false);
    BOOL_DEFAULTS.put("autotestdict.cdef", false);
    BOOL_DEFAULTS.put("cpow", false);
    BOOL_DEFAULTS.put("annotation_typing", true);
    BOOL_DEFAULTS.put("optimize.use_switch", true);
    // False: a def's extension type and builtin type arguments refuse None (unless `or None` or a None default).
    BOOL_DEFAULTS.put("allow_none_for_extension_args", true);
    // Cython's faster GIL state switch; pyxc's GIL code does not change with it.
    BOOL_DEFAULTS.put("fast_gil", false);
    // Whether a noexcept function's lost exception is printed with its traceback before sys.unraisablehook gets it.
    BOOL_DEFAULTS.put("unraisable_tracebacks", true);
    // Whether Cython calls a local def's C function directly where it can see which function it is;
    // pyxc always calls through the function object, whose vectorcall is as direct.
    BOOL_DEFAULTS.put("optimize.inline_defnode_calls", true);
    // Whether Cython drops unreachable code; pyxc's output does not change with it.
    BOOL_DEFAULTS.put("remove_unreachable", true);
    // A plain import in a package's module tries the package first (Python 2's implicit relative
    // import), whatever the language level.
    BOOL_DEFAULTS.put("py2_import", false);
    // Warnings, as Cython words them.
    BOOL_DEFAULTS.put("warn.unused", false);
    BOOL_DEFAULTS.put("warn.unused_arg", false);
    BOOL_DEFAULTS.put("warn.unused_result", false);
    BOOL_DEFAULTS.put("warn.maybe_uninitialized", false);
    BOOL_DEFAULTS.put("warn.unreachable", true);
    BOOL_DEFAULTS.put("warn.undeclared", false);
    // The module runs on free-threaded Python without the GIL (and its parallel regions that hold
    // the GIL are not warned about).
    BOOL_DEFAULTS.put("freethreading_compatible", false);
    // Cython 0.29's default: a cdef function returning a C value without an except clause is noexcept.
    BOOL_DEFAULTS.put("legacy_implicit_noexcept", false);
  }

  private final Map<String, Boolean> bools = new LinkedHashMap<>(BOOL_DEFAULTS);
  /** The boolean directives given a value (a header, -X, a decorator, a with block), whatever it is. */
  private final java.util.Set<String> given = new java.util.HashSet<>();
  private String languageLevel = "3";
  private Boolean inferTypes;
  /** {@code c_string_type}: what a {@code char *} becomes as an object ("bytes", "str" or "bytearray"). */
  private String stringType = "bytes";
  /** {@code c_string_encoding}, normalised ("ascii", "utf-8", another codec's name), or null for none. */
  private String stringEncoding;
  /** {@code from __future__ import division}: true division at language level 2 too. */
  private boolean futureDivision;
  private boolean futureGeneratorStop;
  private boolean futurePrintFunction;
  private boolean futureAbsoluteImport;

  /** Sets a boolean directive for a scope the compiler makes (a {@code copy()}). */
  public void force(String name, boolean value) {
    if (!BOOL_DEFAULTS.containsKey(name)) throw new IllegalArgumentException(name);
    bools.put(name, value);
  }

  /** A copy to change for a narrower scope (a decorated function, a {@code with} block). */
  public Directives copy() {
    Directives d = new Directives();
    d.bools.putAll(bools);
    d.given.addAll(given);
    d.languageLevel = languageLevel;
    d.futureDivision = futureDivision;
    d.futureGeneratorStop = futureGeneratorStop;
    d.futurePrintFunction = futurePrintFunction;
    d.futureAbsoluteImport = futureAbsoluteImport;
    d.inferTypes = inferTypes;
    d.stringType = stringType;
    d.stringEncoding = stringEncoding;
    return d;
  }

  /** Whether {@code name} takes True or False. */
  public static boolean isBoolean(String name) {
    return BOOL_DEFAULTS.containsKey(name);
  }

  public void setBoolean(String name, boolean value) {
    if (!isBoolean(name)) throw new IllegalArgumentException("not a boolean directive: " + name);
    bools.put(name, value);
    given.add(name);
  }

  /**
   * Whether the directive was given a value rather than left at its default (Cython's
   * {@code cpow} default is None, neither True nor False: see sema's PowerTypes).
   */
  public boolean isGiven(String name) {
    return given.contains(name);
  }

  public void setInferTypes(Boolean value) {
    inferTypes = value;
  }

  public boolean get(String name) {
    Boolean v = bools.get(name);
    if (v == null) throw new IllegalArgumentException("not a boolean directive: " + name);
    return v;
  }

  /** What a {@code char *} converts to as an object: "bytes" (the default), "str" or "bytearray". */
  public String stringType() {
    return stringType;
  }

  /**
   * The codec a {@code char *} is decoded with into a str and a str encoded with into one
   * ("ascii", "utf-8", ...), or null when none is set (a str then has no {@code char *}).
   */
  public String stringEncoding() {
    return stringEncoding;
  }

  public String languageLevel() {
    return languageLevel;
  }

  /** Whether {@code /} of two integers is true division: Python 3's rule, or Python 2's with the __future__ import. */
  public boolean trueDivision() {
    return futureDivision || !languageLevel.equals("2");
  }

  /**
   * Whether {@code /} of two C integers gives a double: true division, unless cdivision makes it
   * C's integer division (as Cython's DivNode decides, at any language level).
   */
  public boolean cTrueDivision() {
    return trueDivision() && !get("cdivision");
  }

  void enableFutureDivision() {
    futureDivision = true;
  }

  /**
   * PEP 479: whether a StopIteration escaping a generator's body becomes RuntimeError (Python 3's
   * rule, or Python 2's with {@code from __future__ import generator_stop}); else it ends the generator.
   */
  public boolean generatorStop() {
    return futureGeneratorStop || !languageLevel.equals("2");
  }

  void enableGeneratorStop() {
    futureGeneratorStop = true;
  }

  /**
   * Whether an import without dots in a module of a package tries the package first and then the
   * absolute name (Python 2's implicit relative import, which Cython keeps at language level 2
   * unless {@code from __future__ import absolute_import}, and under {@code py2_import}).
   */
  public boolean implicitRelativeImport() {
    return get("py2_import") || languageLevel.equals("2") && !futureAbsoluteImport;
  }

  void enableAbsoluteImport() {
    futureAbsoluteImport = true;
  }

  void enablePrintFunction() {
    futurePrintFunction = true;
  }

  /**
   * Whether {@code print} begins Python 2's print statement here (language level 2 without
   * {@code from __future__ import print_function}), which the parser made a call of print.
   */
  public boolean printIsStatement() {
    return languageLevel.equals("2") && !futurePrintFunction;
  }

  /** Cython's {@code infer_types}: null means the default "safe" inference. */
  public Boolean inferTypes() {
    return inferTypes;
  }

  /** Whether {@code name} is a directive pyxc knows. */
  public static boolean isKnown(String name) {
    return BOOL_DEFAULTS.containsKey(name) || name.equals("language_level") || name.equals("infer_types")
        || name.equals("c_string_type") || name.equals("c_string_encoding") || TEST_HARNESS.contains(name);
  }

  /**
   * Cython's test-suite directives, which check Cython's own syntax tree and C code: accepted
   * (files from its suite compile) and without effect, as pyxc's output is not Cython's.
   */
  static final java.util.Set<String> TEST_HARNESS = java.util.Set.of("test_assert_path_exists", "test_fail_if_path_exists",
      "test_assert_c_code_has", "test_fail_if_c_code_has");

  /**
   * Sets one directive from its source text; reports Cython's message for a bad value, and an
   * error for an unknown name (Cython 3.3 silently ignores those in the header; a typo there
   * would otherwise change nothing without a word).
   */
  public void set(String name, String value, Pos pos, Diagnostics diags) {
    if (BOOL_DEFAULTS.containsKey(name)) {
      Boolean b = parseBool(value);
      if (b == null) {
        diags.error(pos, name + " directive must be set to True or False, got '" + value + "'");
      } else {
        bools.put(name, b);
        given.add(name);
      }
    } else if (name.equals("language_level")) {
      switch (value) {
        case "2", "3", "3str" -> languageLevel = value;
        default -> diags.error(pos, "language_level directive must be one of ('2', '3', '3str'), got '" + value + "'");
      }
    } else if (name.equals("infer_types")) {
      if (value.equals("None")) {
        inferTypes = null;
      } else {
        Boolean b = parseBool(value);
        if (b == null) diags.error(pos, "infer_types directive must be set to True, False or None, got '" + value + "'");
        else inferTypes = b;
      }
    } else if (name.equals("c_string_type")) {
      switch (value) {
        case "bytes", "bytearray" -> stringType = value;
        case "str", "unicode" -> stringType = "str";
        default -> diags.error(pos, "c_string_type directive must be one of ('bytes', 'bytearray', 'str', 'unicode'), got '" + value + "'");
      }
    } else if (name.equals("c_string_encoding")) {
      // Python 3's default encoding is UTF-8, as Cython takes it.
      String v = value.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      stringEncoding = switch (v) {
        case "default", "utf8", "utf-8" -> "utf-8";
        case "ascii", "us-ascii" -> "ascii";
        default -> v;
      };
    } else if (TEST_HARNESS.contains(name)) {
      // Nothing to check in pyxc's C.
    } else if (UNSUPPORTED.contains(name)) {
      diags.error(pos, "'" + name + "' directive is not supported by pyxc");
    } else {
      diags.error(pos, "Unknown directive '" + name + "'");
    }
  }

  /** Directives Cython 3.3 has that pyxc does not implement: named as unsupported, not as unknown. */
  private static final java.util.Set<String> UNSUPPORTED = java.util.Set.of("embedsignature", "embedsignature.format", "profile", "linetrace",
      "emit_code_comments", "annotation_typing", "optimize.use_switch", "optimize.unpack_method_calls", "fast_getattr",
      "preliminary_late_includes_cy28", "iterable_coroutine", "subinterpreters_compatible", "trashcan",
      "type_version_tag", "callspec", "show_performance_hints", "cpp_locals");

  private static Boolean parseBool(String v) {
    return switch (v) {
      case "True", "true" -> Boolean.TRUE;
      case "False", "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
