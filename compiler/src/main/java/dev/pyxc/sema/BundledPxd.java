package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.lex.Lexer;
import dev.pyxc.parse.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * pyxc's own declaration files for C's standard library ({@code libc.stdlib}, {@code libc.string},
 * ...), bundled with the compiler and parsed on first use like any {@code .pxd}: their
 * {@code cdef extern} blocks are what a {@code cimport} of them declares.
 */
final class BundledPxd {
  private BundledPxd() {}

  private static final Map<String, Optional<List<Stmt.CExtern>>> CACHE = new ConcurrentHashMap<>();

  /** The extern blocks of module {@code dotted} ({@code libc.stdlib}), or null when pyxc bundles no such file. */
  static List<Stmt.CExtern> externs(String dotted) {
    return CACHE.computeIfAbsent(dotted, BundledPxd::load).orElse(null);
  }

  private static Optional<List<Stmt.CExtern>> load(String dotted) {
    String path = "/dev/pyxc/pxd/" + dotted.replace('.', '/') + ".pxd";
    try (InputStream in = BundledPxd.class.getResourceAsStream(path)) {
      if (in == null) return Optional.empty();
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Diagnostics diags = new Diagnostics(path);
      Module m = Parser.parse(dotted, new Lexer(source, diags, null).scan(), List.of(), path, false);
      if (diags.hasErrors()) throw new IllegalStateException("bundled " + path + ": " + diags.errors());
      return Optional.of(m.body().stream().filter(s -> s instanceof Stmt.CExtern).map(s -> (Stmt.CExtern) s).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CompileError e) {
      throw new IllegalStateException("bundled " + path + " does not parse", e);
    }
  }
}
