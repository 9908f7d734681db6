package dev.pyxc.ir;

/** How an op reports failure, so the emitter can test for it and the IR can branch on it. */
public enum ErrorKind {
  /** Cannot fail. */
  NEVER,
  /** Returns NULL with an exception set. */
  NULL,
  /** Returns -1 with an exception set. */
  NEG_ONE,
  /** Returns (T)-1 and an exception is set (-1 may also be a valid result). */
  NEG_ONE_AND_ERR,
  /** Failed when an exception is set afterwards (cdef functions declared {@code except *}, void ones). */
  ERR_OCCURRED,
  /** Always fails (raise). */
  ALWAYS
}
