package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import java.util.List;

/**
 * A {@code with parallel(...)} block from {@code cython.parallel}, as sema checked it: every
 * thread of the team runs the body; {@code privates} are the C variables the block itself
 * assigns, each thread's own copy starting from the value before the block (the prange loops in
 * it share out their iterations among the same threads). {@code releasesGil}: in a nogil function
 * that may be called with the GIL, the block releases it around itself.
 */
public record ParallelBlock(Expr numThreads, Expr useThreadsIf, List<String> privates, boolean releasesGil) {}
