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
 * then in each include directory ({@code -I}, then the target interpreter's {@code sys.path} when
 * building); {@code a.b} is {@code a/b.pxd} there, or a file named {@code a.b.pxd}. pyxc's own
 * declaration files ({@code numpy}, {@code cpython.datetime}) come before the include directories:
 * an installed numpy's {@code .pxd} is numpy's for Cython, not one pyxc reads. A file's positions name it, relative to the module's directory when it
 * is below it, so its errors point into it.
 */
public final class DeclarationFileFinder implements DeclarationFiles {
  private final Path sourceDir;
  private final String moduleName;
  private final String stem;
  /** The package's root and the module's directory. */
  private final List<Path> roots;
  /** The include directories, looked in after pyxc's own declaration files. */
  private final List<Path> includeRoots;
  private final boolean languageLevel2;
  private final boolean cimportFromPyx;
  /** Every .pxd file read, for the module's dependencies. */
  private final java.util.Set<Path> read = new java.util.LinkedHashSet<>();

  /**
   * {@code stem} is the module's file name without {@code .pyx}; its full name comes from the
   * packages ({@code __init__} files) it is in.
   */
  public DeclarationFileFinder(Path sourceDir, String stem, List<Path> includeDirs, boolean languageLevel2) {
    this(sourceDir, stem, includeDirs, languageLevel2, false);
  }

  /**
   * As above; {@code cimportFromPyx} is Cython's option of that name: a module without a
   * {@code .pxd} is cimported from its {@code .pyx} (see {@link PyxAsDeclarations}), and a module
   * without one of its own exports all its cdef functions and variables.
   */
  public DeclarationFileFinder(Path sourceDir, String stem, List<Path> includeDirs, boolean languageLevel2, boolean cimportFromPyx) {
    this.cimportFromPyx = cimportFromPyx;
    this.sourceDir = sourceDir.toAbsolutePath().normalize();
    this.stem = stem;
    this.languageLevel2 = languageLevel2;
    List<String> packages = packagesOf(this.sourceDir);
    // A package's own module (pkg/__init__.pyx) is named as the package.
    this.moduleName = packages.isEmpty() ? stem : stem.equals("__init__") ? String.join(".", packages)
        : String.join(".", packages) + "." + stem;
    Set<Path> dirs = new LinkedHashSet<>();
    Path root = this.sourceDir;
    for (int i = 0; i < packages.size(); i++) root = root.getParent();
    dirs.add(root);
    dirs.add(this.sourceDir);
    this.roots = List.copyOf(dirs);
    Set<Path> includes = new LinkedHashSet<>();
    for (Path p : includeDirs) if (!dirs.contains(p.toAbsolutePath().normalize())) includes.add(p.toAbsolutePath().normalize());
    this.includeRoots = List.copyOf(includes);
  }

  /**
   * The source's path below its outermost package's parent ({@code pkg/sub/m.pyx}), as Cython
   * names the file in the C it writes: the same on every machine.
   */
  public static String packageRelativePath(Path pyx) {
    Path dir = pyx.toAbsolutePath().normalize().getParent();
    List<String> parts = dir == null ? new ArrayList<>() : packagesOf(dir);
    parts.add(pyx.getFileName().toString());
    return String.join("/", parts);
  }

  /** The packages a directory is in, outermost first: each directory up that has an {@code __init__} file. */
  private static List<String> packagesOf(Path dir) {
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
  public boolean cimportFromPyx() {
    return cimportFromPyx;
  }

  @Override
  public boolean isPackage() {
    return stem.equals("__init__") && !moduleName.equals("__init__");
  }

  @Override
  public Found own() {
    return find(OWN);
  }

  /** The key of the module's own file among those found (no dotted name is empty). */
  private static final String OWN = "";

  /** Each module's file as first found and parsed (a compile asks for the same one several times). */
  private final java.util.Map<String, java.util.Optional<Found>> found = new java.util.HashMap<>();

  @Override
  public Found find(String dotted) {
    return found.computeIfAbsent(dotted, d -> java.util.Optional.ofNullable(find(d, java.util.function.UnaryOperator.identity())))
        .orElse(null);
  }

  @Override
  public Found find(String dotted, java.util.function.UnaryOperator<String> rename) {
    if (dotted.equals(OWN)) {
      Path own = versioned(sourceDir, stem);
      if (own == null && cimportFromPyx && Files.isRegularFile(sourceDir.resolve(stem + ".pyx"))) {
        return fromPyx(sourceDir.resolve(stem + ".pyx"), stem.equals("__init__"), true, rename);
      }
      return own != null ? parse(own, stem.equals("__init__"), rename) : null;
    }
    Found local = findIn(roots, dotted, rename);
    if (local != null) return local;
    Found bundled = bundledModule(dotted, rename);
    Found included = bundled != null ? bundled : findIn(includeRoots, dotted, rename);
    if (included != null || !cimportFromPyx) return included;
    Path pyx = implementation(dotted);
    return pyx == null ? null : fromPyx(pyx, pyx.getFileName().toString().equals("__init__.pyx"), false, rename);
  }

  /** A {@code .pyx} read as its declarations (Cython's cimport_from_pyx). */
  private Found fromPyx(Path pyx, boolean isPackage, boolean own, java.util.function.UnaryOperator<String> rename) {
    Found parsed = parse(pyx, isPackage, rename);
    return parsed.module() == null ? parsed : new Found(PyxAsDeclarations.of(parsed.module(), own), parsed.errors(), isPackage);
  }

  private Found findIn(List<Path> dirs, String dotted, java.util.function.UnaryOperator<String> rename) {
    String path = dotted.replace('.', '/');
    int slash = path.lastIndexOf('/');
    for (Path root : dirs) {
      Path module = versioned(slash < 0 ? root : root.resolve(path.substring(0, slash)), path.substring(slash + 1));
      if (module != null) return parse(module, false, rename);
      Path flat = versioned(root, dotted);
      if (flat != null) return parse(flat, false, rename);
      Path pkg = versioned(root.resolve(path), "__init__");
      if (pkg != null) return parse(pkg, true, rename);
    }
    return null;
  }

  /**
   * pyxc's own declaration files that are read as a user's {@code .pxd} is, for the inline
   * functions they define ({@code cpython.datetime}'s constructors with their default arguments):
   * looked for after the module's own directories, so a project's own file of that name wins.
   */
  private static Found bundledModule(String dotted, java.util.function.UnaryOperator<String> rename) {
    String resource = "/dev/pyxc/pxd-modules/" + dotted.replace('.', '/') + ".pxd";
    try (java.io.InputStream in = DeclarationFileFinder.class.getResourceAsStream(resource)) {
      if (in == null) return null;
      String shown = "<pyxc>/" + dotted.replace('.', '/') + ".pxd";
      String source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      dev.pyxc.diag.Diagnostics diags = new dev.pyxc.diag.Diagnostics(shown);
      List<Token> tokens = new Lexer(source, diags, null).scan();
      if (diags.hasErrors()) throw new IllegalStateException("bundled " + resource + ": " + diags.errors());
      List<Token> located = tokens.stream().map(t -> t.inFile(shown)).toList();
      String stem = dotted.substring(dotted.lastIndexOf('.') + 1);
      return new Found(Parser.parse(stem, located, List.of(), shown, false, java.util.Set.of(), rename, null), List.of(), false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (CompileError e) {
      throw new IllegalStateException("bundled " + resource + " does not parse", e);
    }
  }

  /**
   * For a module compiled from text alone (no directory to look in): pyxc's own declaration files
   * only ({@code cython.view}'s array, {@code cpython.datetime}), which need no directory.
   */
  public static dev.pyxc.sema.DeclarationFiles bundledOnly(String moduleName) {
    return dev.pyxc.sema.DeclarationFiles.only(moduleName, dotted -> bundledModule(dotted, java.util.function.UnaryOperator.identity()));
  }

  /** The version of Cython whose .pxd files pyxc reads, as Cython numbers them in {@code NAME.cython-33.pxd}. */
  private static final int CYTHON_VERSION = 33;

  /**
   * {@code dir/name.pxd}, or the best of its versioned forms as Cython picks it: the
   * {@code name.cython-N.pxd} of the highest N not above the Cython version; null when there is none.
   */
  private static Path versioned(Path dir, String name) {
    Path best = Files.isRegularFile(dir.resolve(name + ".pxd")) ? dir.resolve(name + ".pxd") : null;
    int bestVersion = -1;
    if (!Files.isDirectory(dir)) return best;
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        String f = p.getFileName().toString();
        String prefix = name + ".cython-";
        if (!f.startsWith(prefix) || !f.endsWith(".pxd")) continue;
        String digits = f.substring(prefix.length(), f.length() - ".pxd".length());
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) continue;
        int v = Integer.parseInt(digits);
        if (v > bestVersion && v <= CYTHON_VERSION) {
          bestVersion = v;
          best = p;
        }
      }
    } catch (IOException e) {
      return best;
    }
    return best;
  }

  /** The .pxd files read so far. */
  public java.util.Set<Path> read() {
    return java.util.Collections.unmodifiableSet(read);
  }

  /** The {@code .pyx} of module {@code dotted}, found where its {@code .pxd} is looked for, or null. */
  public Path implementation(String dotted) {
    for (Path root : java.util.stream.Stream.concat(roots.stream(), includeRoots.stream()).toList()) {
      for (Path candidate : List.of(root.resolve(dotted.replace('.', '/') + ".pyx"), root.resolve(dotted + ".pyx"))) {
        if (Files.isRegularFile(candidate)) return candidate;
      }
    }
    return null;
  }

  private Found parse(Path file, boolean isPackage, java.util.function.UnaryOperator<String> rename) {
    Path abs = file.toAbsolutePath().normalize();
    read.add(abs);
    String shown = abs.startsWith(sourceDir) ? sourceDir.relativize(abs).toString() : abs.toString();
    try {
      String source = SourceDecoding.decode(Files.readAllBytes(abs), shown);
      dev.pyxc.diag.Diagnostics diags = new dev.pyxc.diag.Diagnostics(shown);
      List<Token> tokens = new Lexer(source, diags, languageLevel2 ? "2" : null).scan();
      if (diags.hasErrors()) return new Found(null, List.of(diags.errors().get(0)), isPackage);
      List<Token> located = tokens.stream().map(t -> t.inFile(shown)).toList();
      Module m = Parser.parse(stem, located, List.of(), shown, languageLevel2, java.util.Set.of(), rename,
          new Includes(sourceDir, languageLevel2, read));
      return new Found(m, List.of(), isPackage);
    } catch (CompileError e) {
      return new Found(null, e.diagnostics(), isPackage);
    } catch (IOException e) {
      return new Found(null, List.of(dev.pyxc.diag.Diagnostic.error(shown, 1, 0, "cannot read " + shown + ": " + e.getMessage())),
          isPackage);
    }
  }
}
