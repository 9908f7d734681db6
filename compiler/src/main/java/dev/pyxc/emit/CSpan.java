package dev.pyxc.emit;

/**
 * A piece of the generated C and the source line it was generated for, in output order: what
 * {@code pyxc compile -a} shows under each line. {@code function} is the C function it lies in.
 */
public record CSpan(int line, String function, String c) {}
