package org.paperradar.recommend;

import java.util.List;

/**
 * Why a paper was recommended: the reader's papers it is closest to (with cosine similarity) and
 * the most important terms it shares with the reader's profile.
 */
public record Explanation(List<Neighbour> closest, List<String> sharedTerms) {
  public Explanation {
    closest = List.copyOf(closest);
    sharedTerms = List.copyOf(sharedTerms);
  }

  /** One of the reader's papers, and how similar the recommended paper is to it. */
  public record Neighbour(String paperId, String title, double similarity) {}

  /** One line for CLI output and e-mail: "close to: …; shared terms: …". */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    if (!closest.isEmpty()) {
      sb.append("close to your \"").append(closest.get(0).title()).append('"');
      if (closest.size() > 1) {
        sb.append(" and ").append(closest.size() - 1).append(" more");
      }
    }
    if (!sharedTerms.isEmpty()) {
      sb.append(sb.isEmpty() ? "" : "; ").append("shared terms: ");
      sb.append(String.join(", ", sharedTerms));
    }
    return sb.toString();
  }
}
