package dev.pyxc.driver;

import dev.pyxc.ast.Module;
import dev.pyxc.diag.CompileError;
import dev.pyxc.lex.Lexer;
import dev.pyxc.lex.SourceDecoding;
import dev.pyxc.lex.Token;
import dev.pyxc.parse.Parser;
import dev.pyxc.sema.DeclarationFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and parses the {@code .pxd} files of a module compiled from {@code sourceDir}: its own
 * ({@code NAME.pxd} beside {@code NAME.pyx}) and those it cimports, looked for where Cython looks:
 * from the root of the module's package (the directory above its top package), beside the module,
 * then in each include directory ({@code -I}); {@code a.b} is {@code a/b.pxd} there, or a file
 * named {@code a.b.pxd}. A file's positions name it, relative to the module's directory when it
 * is below it, so its errors point into it.
 */
public final class DeclarationFileFinder implements DeclarationFiles {
  private final Path sourceDir;
  private final String moduleName;
  private final String stem;
  private final List<Path> roots;
  private final boolean languageLevel2;

  /**
   * {@code stem} is the module's file name without {@code .pyx}; its full name comes from the
   * packages ({@code __init__} files) it is in.
   */
  public DeclarationFileFinder(Path sourceDir, String stem, List<Path> includeDirs, boolean languageLevel2) {
    this.sourceDir = sourceDir.toAbsolutePath().normalize();
    this.stem = stem;
    this.languageLevel2 = languageLevel2;
    List<String> packages = packagesOf(this.sourceDir);
    this.moduleName = packages.isEmpty() ? stem : String.join(".", packages) + "." + stem;
    Set<Path> dirs = new LinkedHashSet<>();
    Path root = this.sourceDir;
    for (int i = 0; i < packages.size(); i++) root = root.getParent();
    dirs.add(root);
    dirs.add(this.sourceDir);
    for (Path p : includeDirs) dirs.add(p.toAbsolutePath().normalize());
    this.roots = List.copyOf(dirs);
  }

  /** The packages a directory is in, outermost first: each directory up that has an {@code __init__} file. */
  public static List<String> packagesOf(Path dir) {
    List<String> out = new ArrayList<>();
    Path d = dir.toAbsolutePath().normalize();
    while (d != null && d.getFileName() != null && isPackage(d)) {
      out.add(0, d.getFileName().toString());
      d = d.getParent();
    }
    return out;
  }

  private static boolean isPackage(Path dir) {
    for (String init : List.of("__init__.py", "__init__.pyx", "__init__.pxd")) if (Files.isRegularFile(dir.resolve(init))) return true;
    return false;
  }

  @Override
  public String moduleName() {
    return moduleName;
  }

  @Override
  public Found own() {
    Path own = sourceDir.resolve(stem + ".pxd");
    return Files.isRegularFile(own) ? parse(own) : null;
  }

  @Override
  public Found find(String dotted) {
    for (Path root : roots) {
      for (Path candidate : List.of(root.resolve(dotted.replace('.', '/') + ".pxd"), root.resolve(dotted + ".pxd"),
          root.resolve(dotted.replace('.', '/')).resolve("__init__.pxd"))) {
        if (Files.isRegularFile(candidate)) return parse(candidate);
      }
    }
    return null;
  }

  /** The {@code .pyx} of module {@code dotted}, found where its {@code .pxd} is looked for, or null. */
  public Path implementation(String dotted) {
    for (Path root : roots) {
      for (Path candidate : List.of(root.resolve(dotted.replace('.', '/') + ".pyx"), root.resolve(dotted + ".pyx"))) {
        if (Files.isRegularFile(candidate)) return candidate;
      }
    }
    return null;
  }

  private Found parse(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    String shown = abs.startsWith(sourceDir) ? sourceDir.relativize(abs).toString() : abs.toString();
    try {
      String source = SourceDecoding.decode(Files.readAllBytes(abs), shown);
      dev.pyxc.diag.Diagnostics diags = new dev.pyxc.diag.Diagnostics(shown);
      List<Token> tokens = new Lexer(source, diags, languageLevel2 ? "2" : null).scan();
      if (diags.hasErrors()) return new Found(null, List.of(diags.errors().get(0)));
      List<Token> located = tokens.stream().map(t -> t.inFile(shown)).toList();
      Module m = Parser.parse(stem, located, List.of(), shown, languageLevel2);
      return new Found(m, List.of());
    } catch (CompileError e) {
      return new Found(null, e.diagnostics());
    } catch (IOException e) {
      return new Found(null, List.of(dev.pyxc.diag.Diagnostic.error(shown, 1, 0, "cannot read " + shown + ": " + e.getMessage())));
    }
  }
}
