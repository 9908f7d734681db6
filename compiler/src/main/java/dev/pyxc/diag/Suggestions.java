package dev.pyxc.diag;

import java.util.Collection;

/** "Did you mean ...?": the known name closest to a misspelt one, when one is close enough. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate with the fewest single-character edits (insert, delete, replace, swap of
   * neighbours) from {@code name}, allowing one edit for short names and two from six letters;
   * earlier candidates win ties, so pass the nearest scope first. Null when none is close.
   */
  public static String closest(String name, Collection<String> candidates) {
    int limit = name.length() >= 6 ? 2 : 1;
    String best = null;
    int bestDistance = limit + 1;
    for (String c : candidates) {
      if (c.equals(name) || Math.abs(c.length() - name.length()) > limit) continue;
      int d = distance(name, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
