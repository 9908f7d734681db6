package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import java.util.List;

/**
 * A {@code with parallel(...)} block from {@code cython.parallel}, as sema checked it: every
 * thread of the team runs the body; {@code privates} are the C variables the block itself
 * assigns, each thread's own copy starting from the value before the block (the prange loops in
 * it share out their iterations among the same threads). {@code releasesGil}: the block releases
 * the GIL around itself (in a nogil function that may be called with the GIL, or where the GIL is
 * held). {@code bodyTakesGil}: started where the GIL is held, each thread takes it for the block's
 * own statements (its prange loops, for each iteration's body), as Cython 3.3 runs such a block.
 */
public record ParallelBlock(Expr numThreads, Expr useThreadsIf, List<String> privates, boolean releasesGil, boolean bodyTakesGil) {}
