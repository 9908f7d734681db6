package dev.pyxc.ast;

import dev.pyxc.lex.HeaderDirective;
import java.util.List;

/** A parsed {@code .pyx} file. */
public record Module(String name, String docstring, List<Stmt> body, List<HeaderDirective> directives) {}
