package dev.pyxc.sema;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import java.util.List;
import java.util.Map;

/**
 * A {@code for NAME in prange(...)} loop as sema checked it: the C type its iterations are counted
 * in, its bounds, its OpenMP clauses and how the threads running it share each variable the body
 * assigns. {@code nested}: inside another prange's body, where (as in Cython) it runs sequentially
 * in each of the outer loop's iterations, its variables belonging to the outer loop.
 * {@code releasesGil}: the loop releases the GIL around itself ({@code nogil=True}, or a nogil
 * function that may hold it). {@code reductions}: variables combined across threads by their
 * in-place operator; {@code lastPrivates}: C variables each thread keeps its own copy of, starting
 * from the value before the loop, the one of the sequentially last iteration kept after it (the
 * target among them); every other variable is shared. {@code inBlock}: directly in a
 * {@code parallel()} block, whose threads share out its iterations. {@code bodyTakesGil}: started
 * where the GIL is held (without {@code nogil=True}), each iteration takes it for its body.
 */
public record Prange(CType indexType, Expr start, Expr stop, Expr step, boolean nested, boolean releasesGil,
    String schedule, Expr chunksize, Expr numThreads, Expr useThreadsIf, Map<String, BinaryOp> reductions,
    List<String> lastPrivates, boolean inBlock, boolean bodyTakesGil) {}
