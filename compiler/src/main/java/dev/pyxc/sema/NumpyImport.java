package dev.pyxc.sema;

import java.util.Map;
import java.util.Set;

/**
 * numpy's C API works only once {@code import_array()} has filled its table of function pointers.
 * A module that cimports numpy (a file declaring the C function {@code _import_array}) and whose
 * own code calls neither {@code import_array()} nor {@code _import_array()} gets the call at
 * import, as Cython 3 adds it, with Cython's ImportError when numpy cannot be imported.
 */
final class NumpyImport {
  private NumpyImport() {}

  /** The C name of numpy's own importer, which a numpy declaration file declares. */
  private static final String IMPORTER = "_import_array";

  static boolean needsAutomaticCall(Map<String, CFunction> cfunctions, Set<CFunction> used) {
    boolean cimported = cfunctions.values().stream().anyMatch(NumpyImport::isImporter);
    return cimported && used.stream().noneMatch(f -> isImporter(f) || f.name().equals("numpy.import_array"));
  }

  private static boolean isImporter(CFunction f) {
    return f.extern() != null && f.extern().cName().equals(IMPORTER);
  }
}
