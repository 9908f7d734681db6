package dev.pyxc.ast;

import dev.pyxc.diag.Pos;
import dev.pyxc.lex.HeaderDirective;
import java.util.List;

/**
 * A parsed {@code .pyx} file. {@code warnings}: what the parser warns of (Cython's deprecation of
 * {@code IF}, a DEF float that loses precision), reported with the checker's warnings;
 * {@code errors}: errors the parser recovered from (Cython reports them and goes on to check the
 * file: {@code del f()}), reported with the checker's errors.
 */
public record Module(String name, String docstring, List<Stmt> body, List<HeaderDirective> directives, List<Warning> warnings,
    List<Warning> errors) {
  public record Warning(Pos pos, String message) {}

  public Module(String name, String docstring, List<Stmt> body, List<HeaderDirective> directives) {
    this(name, docstring, body, directives, List.of(), List.of());
  }

  public Module(String name, String docstring, List<Stmt> body, List<HeaderDirective> directives, List<Warning> warnings) {
    this(name, docstring, body, directives, warnings, List.of());
  }
}
