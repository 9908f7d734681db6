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
 * ...) and CPython's C API ({@code cpython.object}, ...; {@code cpython} itself is its package's
 * {@code __init__.pxd}), bundled with the compiler and parsed on first use like any {@code .pxd}:
 * their {@code cdef extern} blocks are what a {@code cimport} of them declares. A file's own
 * {@code from cpython.object cimport ...} brings in the declarations of that file first (each
 * name declared once, where it first appears), as a {@code .pxd}'s cimports make its names
 * known to it.
 */
final class BundledPxd {
  private BundledPxd() {}

  private static final Map<String, Optional<List<Stmt.CExtern>>> CACHE = new ConcurrentHashMap<>();

  /**
   * The extern blocks of module {@code dotted} ({@code libc.stdlib}), or null when pyxc bundles no
   * such file. One load per file for every compile in the JVM, under one lock: a file that
   * cimports another holds that file's very declarations, which a compile that cimports both
   * recognises as the same ones (two loads racing gave two sets, reported as redeclared).
   */
  static synchronized List<Stmt.CExtern> externs(String dotted) {
    // Not computeIfAbsent: loading a file loads the files it cimports, which would update the map within its own update.
    Optional<List<Stmt.CExtern>> cached = CACHE.get(dotted);
    if (cached == null) {
      cached = load(dotted);
      CACHE.putIfAbsent(dotted, cached);
    }
    return cached.orElse(null);
  }

  private static Optional<List<Stmt.CExtern>> load(String dotted) {
    String path = "/dev/pyxc/pxd/" + dotted.replace('.', '/') + ".pxd";
    if (BundledPxd.class.getResource(path) == null) path = "/dev/pyxc/pxd/" + dotted.replace('.', '/') + "/__init__.pxd";
    try (InputStream in = BundledPxd.class.getResourceAsStream(path)) {
      if (in == null) return Optional.empty();
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Diagnostics diags = new Diagnostics(path);
      Module m = Parser.parse(dotted, new Lexer(source, diags, null).scan(), List.of(), path, false);
      if (diags.hasErrors()) throw new IllegalStateException("bundled " + path + ": " + diags.errors());
      List<Stmt.CExtern> blocks = new java.util.ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Stmt s : m.body()) {
        if (s instanceof Stmt.CImport c) {
          List<Stmt.CExtern> other = externs(c.module());
          if (other == null) throw new IllegalStateException("bundled " + path + " cimports " + c.module() + ", which pyxc does not bundle");
          for (Stmt.CExtern b : other) blocks.add(unseen(b, seen));
        } else if (s instanceof Stmt.CExtern b) {
          blocks.add(unseen(b, seen));
        }
      }
      return Optional.of(List.copyOf(blocks));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CompileError e) {
      throw new IllegalStateException("bundled " + path + " does not parse", e);
    }
  }

  /** The block without the declarations of names already declared (recording its own). */
  private static Stmt.CExtern unseen(Stmt.CExtern b, java.util.Set<String> seen) {
    List<Stmt.ExternDecl> decls = b.decls().stream().filter(d -> ExternDeclarations.names(d).stream().allMatch(seen::add)).toList();
    return new Stmt.CExtern(b.header(), b.code(), decls, b.declaredHere(), b.pos());
  }
}
