package dev.pyxc.driver;

import dev.pyxc.diag.Diagnostic;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Lexer;
import dev.pyxc.lex.SourceDecoding;
import dev.pyxc.lex.Token;
import dev.pyxc.parse.IncludeSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The files {@code include "file.pxi"} names, for the parser to read in place of the statement
 * (see {@link IncludeSource}). A file is looked for beside the file that includes it; its tokens'
 * positions name it (relative to the module's directory), so its errors point into it.
 */
final class Includes implements IncludeSource {
  private final Path baseDir;
  private final boolean languageLevel2;
  private final Set<Path> read;

  /**
   * {@code baseDir}: the module's directory (null: the working directory), against which included
   * paths are shown; each file read is added to {@code read}.
   */
  Includes(Path baseDir, boolean languageLevel2, Set<Path> read) {
    this.baseDir = baseDir == null ? Path.of("") : baseDir;
    this.languageLevel2 = languageLevel2;
    this.read = read;
  }

  @Override
  public Included read(String path, String includer, Pos at) throws Failure {
    Path dir = includer == null ? null : Path.of(includer).getParent();
    String shown = (dir == null ? Path.of(path) : dir.resolve(path)).normalize().toString();
    Path file = baseDir.resolve(shown).normalize();
    String source;
    try {
      source = SourceDecoding.decode(Files.readAllBytes(file), shown);
    } catch (IOException e) {
      throw new Failure(at, "'" + path + "' not found");
    } catch (dev.pyxc.diag.CompileError e) {
      throw failure(e.diagnostics().get(0), shown);
    }
    read.add(file.toAbsolutePath().normalize());
    Diagnostics diags = new Diagnostics(shown);
    List<Token> tokens = new Lexer(source, diags, languageLevel2 ? "2" : null).scan();
    if (diags.hasErrors()) throw failure(diags.errors().get(0), shown);
    return new Included(shown, tokens.stream().map(t -> t.inFile(shown)).toList());
  }

  private static Failure failure(Diagnostic d, String shown) {
    return new Failure(new Pos(d.line(), d.col(), shown), d.message());
  }
}
