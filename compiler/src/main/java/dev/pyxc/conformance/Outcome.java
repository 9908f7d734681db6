package dev.pyxc.conformance;

import java.util.List;

/**
 * One row of the status table. {@code blockers} are the unsupported constructs found (each once,
 * in source order), also for files whose status is something else; {@code reason} is one line.
 */
record Outcome(String file, Status status, List<String> tags, String reason, List<String> blockers) {
  Outcome {
    tags = List.copyOf(tags);
    blockers = List.copyOf(blockers);
    reason = reason.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
  }

  Outcome withStatus(Status s, String why) {
    return new Outcome(file, s, tags, why, blockers);
  }

  Outcome withBlockers(List<String> found) {
    return new Outcome(file, status, tags, reason, found);
  }
}
