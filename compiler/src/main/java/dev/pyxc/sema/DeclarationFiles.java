package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import dev.pyxc.diag.Diagnostic;
import java.util.List;

/**
 * Where sema gets {@code .pxd} files: the module's own (beside its {@code .pyx}) and those its
 * {@code cimport}s name. The driver finds, reads and parses them; sema only asks.
 */
public interface DeclarationFiles {
  /**
   * A found file: its statements (their positions name the file), or why it could not be read;
   * {@code isPackage} for a package's own ({@code pkg/__init__.pxd}).
   */
  record Found(Module module, List<Diagnostic> errors, boolean isPackage) {}

  /** The {@code .pxd} of module {@code dotted} ({@code pkg.mod}: {@code pkg/mod.pxd}), or null when there is none. */
  Found find(String dotted);

  /**
   * As {@link #find(String)}, every name of the file read as {@code rename} makes it (a cimported
   * file's inline functions, compiled by the cimporting module with the file's names qualified).
   */
  default Found find(String dotted, java.util.function.UnaryOperator<String> rename) {
    return find(dotted);
  }

  /** The compiled module's own {@code .pxd}, or null. */
  Found own();

  /**
   * The module's full dotted name ({@code pkg.mod} for {@code pkg/mod.pyx} in a package), which
   * a relative cimport starts from.
   */
  String moduleName();

  /**
   * Cython's cimport_from_pyx option: modules without a {@code .pxd} are cimported from their
   * {@code .pyx}, so the module compiled exports all it declares, as if its {@code .pxd} did.
   */
  default boolean cimportFromPyx() {
    return false;
  }

  /** Whether the module is a package's own ({@code pkg/__init__.pyx}): its relative cimports start from itself. */
  default boolean isPackage() {
    return false;
  }

  /** Whether pyxc bundles the declaration file of module {@code dotted} ({@code cpython.mem}, {@code libc.stdlib}). */
  public static boolean bundled(String dotted) {
    return BundledPxd.externs(dotted) != null;
  }

  /**
   * A cimport's module as a full dotted name: {@code .m} and {@code ..m} are taken from the package
   * of {@code moduleName}; null when they climb above its top package.
   */
  public static String absolute(String written, String moduleName, boolean isPackage) {
    if (!written.startsWith(".")) return written;
    int dots = 0;
    while (dots < written.length() && written.charAt(dots) == '.') dots++;
    String[] parts = (isPackage ? moduleName + ".__init__" : moduleName).split("\\.");
    if (dots > parts.length - 1) return null;
    String pkg = String.join(".", java.util.Arrays.copyOf(parts, parts.length - dots));
    String rest = written.substring(dots);
    return rest.isEmpty() ? pkg : pkg + "." + rest;
  }

  /** No files: a module compiled from text alone. */
  static DeclarationFiles none(String moduleName) {
    return only(moduleName, dotted -> null);
  }

  /** A module compiled from text alone, which finds only what {@code find} gives (pyxc's own files). */
  public static DeclarationFiles only(String moduleName, java.util.function.Function<String, Found> find) {
    return new DeclarationFiles() {
      @Override
      public Found find(String dotted) {
        return find.apply(dotted);
      }

      @Override
      public Found own() {
        return null;
      }

      @Override
      public String moduleName() {
        return moduleName;
      }
    };
  }
}
