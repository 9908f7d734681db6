package dev.pyxc.conformance;

/**
 * What became of one file of Cython's suite under pyxc. The names are the words of the status
 * table ({@code tests/cython-suite/status.tsv}).
 */
enum Status {
  /** Compiled, built and every doctest (or the expected diagnostics) matched. */
  PASS("pass"),
  /** Compiled but behaved differently from what the test expects; the reason holds the first difference. */
  DIFFERENCE("difference"),
  /** pyxc rejected a file Cython compiles, with a message that is not an unsupported construct: a pyxc bug. */
  COMPILE_ERROR("compile-error"),
  /** Stopped at constructs outside pyxc's subset; the reason names every one found. */
  NOT_SUPPORTED("not-supported"),
  /** The compiler failed (an exception, a verifier rejection) or the C did not build. */
  INTERNAL_ERROR("internal-error"),
  /** The test fails under Cython 3.3.0 itself (listed in its tests/bugs.txt, or recorded in known.tsv). */
  CYTHON_DEFECT("cython-defect");

  final String word;

  Status(String word) {
    this.word = word;
  }

  static Status of(String word) {
    for (Status s : values()) {
      if (s.word.equals(word)) return s;
    }
    throw new IllegalArgumentException("unknown status '" + word + "'");
  }

  /** A failure the table must explain: a file within pyxc's reach that does not pass. */
  boolean needsExplanation() {
    return this == DIFFERENCE || this == COMPILE_ERROR || this == INTERNAL_ERROR;
  }
}
