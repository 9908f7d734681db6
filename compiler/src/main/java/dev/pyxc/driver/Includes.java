package dev.pyxc.driver;

import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.lex.Lexer;
import dev.pyxc.lex.SourceDecoding;
import dev.pyxc.lex.Token;
import dev.pyxc.parse.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code include "file.pxi"}: the included file's statements put where the statement stands, as
 * Cython's textual inclusion does (in any block, included files including others). A file is
 * looked for beside the file that includes it; its positions name it, so its errors point into it.
 */
final class Includes {
  private static final int MAX_DEPTH = 50;

  private final Path baseDir;
  private final boolean languageLevel2;
  private final Set<Path> read;

  private Includes(Path baseDir, boolean languageLevel2, Set<Path> read) {
    this.baseDir = baseDir;
    this.languageLevel2 = languageLevel2;
    this.read = read;
  }

  /**
   * The module with its includes expanded; {@code sourceDir} is where the module's file is (null:
   * the working directory). Each file included is added to {@code read}.
   */
  static Module expand(Module m, Path sourceDir, String file, boolean languageLevel2, Set<Path> read) throws CompileError {
    if (!mentionsInclude(m.body())) return m;
    Includes inc = new Includes(sourceDir == null ? Path.of("") : sourceDir, languageLevel2, read);
    List<Stmt> body = inc.block(m.body(), "", file, new HashSet<>(), 0);
    return new Module(m.name(), m.docstring(), body, m.directives(), m.warnings(), m.errors());
  }

  private static boolean mentionsInclude(List<Stmt> body) {
    return firstInclude(List.of(body)) != null;
  }

  private static Stmt.Include firstInclude(List<List<Stmt>> blocks) {
    for (List<Stmt> body : blocks) {
      for (Stmt s : body) {
        if (s instanceof Stmt.Include i) return i;
        Stmt.Include inner = firstInclude(dev.pyxc.ast.Stmts.blocks(s));
        if (inner != null) return inner;
      }
    }
    return null;
  }

  /** {@code dir}: the including file's directory relative to the module's (how included paths are shown). */
  private List<Stmt> block(List<Stmt> body, String dir, String includer, Set<String> open, int depth) throws CompileError {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body) {
      if (!(s instanceof Stmt.Include inc)) {
        Stmt.Include nested = firstInclude(dev.pyxc.ast.Stmts.blocks(s));
        if (nested != null) throw error(nested, includer, "'include' inside a block is not supported by pyxc");
        out.add(s);
        continue;
      }
      String shown = dir.isEmpty() ? inc.path() : dir + "/" + inc.path();
      Path path = baseDir.resolve(shown).normalize();
      if (!open.add(path.toString()) || depth > MAX_DEPTH) throw error(inc, includer, "Recursive include of '" + inc.path() + "'");
      String source;
      try {
        source = SourceDecoding.decode(Files.readAllBytes(path), shown);
        read.add(path.toAbsolutePath().normalize());
      } catch (IOException e) {
        throw error(inc, includer, "'" + inc.path() + "' not found");
      }
      Diagnostics diags = new Diagnostics(shown);
      List<Token> tokens = new Lexer(source, diags, languageLevel2 ? "2" : null).scan();
      if (diags.hasErrors()) throw new CompileError(List.of(diags.errors().get(0)));
      List<Token> located = tokens.stream().map(t -> t.inFile(shown)).toList();
      Module included = Parser.parse("include", located, List.of(), shown, languageLevel2);
      Path parent = Path.of(shown).getParent();
      out.addAll(block(included.body(), parent == null ? "" : parent.toString(), shown, open, depth + 1));
      open.remove(path.toString());
    }
    return out;
  }

  private static CompileError error(Stmt.Include inc, String includer, String message) {
    String where = inc.pos().file() != null ? inc.pos().file() : includer;
    return new CompileError(List.of(Diagnostic.error(where, inc.pos().line(), inc.pos().col(), message)));
  }
}
