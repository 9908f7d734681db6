package dev.pyxc.lex;

import dev.pyxc.diag.Pos;

/** One {@code name=value} from a {@code # cython:} header comment. */
public record HeaderDirective(String name, String value, Pos pos) {}
