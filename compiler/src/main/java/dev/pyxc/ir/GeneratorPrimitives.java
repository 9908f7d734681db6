package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * The contracts of generators, in the vocabulary of {@link Primitives}. A generator's body is
 * resumable: while it is suspended at a {@code yield} its frame (one object per generator) is the
 * place that owns every value that lives on, each in a slot of its own. Before the yield each such
 * register is stored into its slot ({@code frame_store} steals it), after the resumption it is
 * taken back ({@code frame_load}: a new reference, the slot emptied), so across the suspension
 * nothing is owned by a register, which the verifier checks at every yield. The value the caller
 * sends in is borrowed from it for this resumption; when the caller threw an exception in instead,
 * reading it fails, and the body goes where an error at that point goes (so a {@code finally}
 * runs when the generator is closed).
 * <pre>
 *   frame_store_s12 steal total      # total lives on across the yield
 *   yield steal %7 resume L9
 * L9:
 *   total = frame_load_s12           # a new reference, the slot emptied
 *   %8 = gen_sent                    # borrowed, or the exception thrown in
 * </pre>
 */
public final class GeneratorPrimitives {
  private GeneratorPrimitives() {}

  /** The C struct of the frame of generator function {@code fn}. */
  public static String frameStruct(FuncIr fn) {
    return "pyxc_frame_" + fn.closure.cPart;
  }

  /** The frame of the running body, as the body's C sees it. */
  public static String frame(FuncIr fn) {
    return "((struct " + frameStruct(fn) + " *)pyxc_frame)";
  }

  /** The frame's field for register {@code r}. */
  public static String slot(Register r) {
    return "s" + r.id();
  }

  /** The frame's field for argument {@code i}. */
  public static String arg(int i) {
    return "a" + i;
  }

  /** Whether {@code p} stores a register into a generator's frame. */
  public static boolean isFrameStore(Primitive p) {
    return p.name().startsWith("frame_store_");
  }

  /** Argument 0 goes into its slot, stolen when refcounted. */
  public static Primitive frameStore(FuncIr fn, Register r) {
    boolean refcounted = r.type().isRefcounted();
    return new Primitive("frame_store_" + slot(r), frame(fn) + "->" + slot(r) + " = %0", CType.VOID, false,
        refcounted ? Set.of(0) : Set.of(), ErrorKind.NEVER);
  }

  /** The register's value taken back from its slot: a new reference (the slot emptied), or the C value. */
  public static Primitive frameLoad(FuncIr fn, Register r) {
    String field = frame(fn) + "->" + slot(r);
    String template = r.type() instanceof CType.MemView ? "pyxc_mv_frame_take(&" + field + ")"
        : r.type() instanceof CType.PyObject ? "pyxc_frame_take(&" + field + ")" : field;
    return new Primitive("frame_load_" + slot(r), template, r.type(), false, Set.of(), ErrorKind.NEVER);
  }

  /** Whether a variable's slot holds a value (it was assigned when the generator suspended). */
  public static Primitive slotHolds(FuncIr fn, Register r) {
    String field = frame(fn) + "->" + slot(r);
    return new Primitive("frame_holds_" + slot(r), "(" + field + (r.type() instanceof CType.MemView ? ".owner" : "") + " != NULL)",
        CType.BINT, false, Set.of(), ErrorKind.NEVER);
  }

  /** {@code yield from x}: the iterator it runs. New reference. */
  public static final Primitive YF_ITER = new Primitive("yf_iter", "pyxc_yf_iter(%0)", CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  /** One step of a yield from (argument 0 the iterator, 1 what was sent, NULL for a throw; both borrowed): 1 yielded, 0 finished. */
  public static final Primitive YF_STEP = new Primitive("yf_step", "pyxc_yf_step(pyxc_frame, %0, %1)", CType.INT, false, Set.of(),
      ErrorKind.NEG_ONE);
  /** What the step left in the frame: the value to yield, or the yield from's value. New reference. */
  public static final Primitive YF_TAKE = new Primitive("yf_take", "pyxc_yf_take(pyxc_frame)", CType.OBJECT, false, Set.of(),
      ErrorKind.NEVER);
  /** What a resumed yield from passes on: the value sent in, or NULL for an exception thrown in (borrowed). */
  public static final Primitive YF_SENT = new Primitive("yf_sent", "pyxc_gen_sent(pyxc_sent)", CType.OBJECT, true, Set.of(),
      ErrorKind.NEVER);

  /** The value sent in for this resumption (borrowed), or NULL with the exception thrown in set. */
  public static final Primitive SENT = new Primitive("gen_sent", "pyxc_gen_sent(pyxc_sent)", CType.OBJECT, true, Set.of(),
      ErrorKind.NULL);
}
