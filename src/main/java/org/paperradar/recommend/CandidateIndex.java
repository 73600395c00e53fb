package org.paperradar.recommend;

/**
 * An inverted index over a window of candidate papers' tf-idf rows, so the similarities of one
 * profile paper to every candidate cost only the postings of its own terms (a few hundred thousand
 * additions) instead of a dot product with each of tens of thousands of candidates.
 */
public final class CandidateIndex {
  private final int[] candidates;
  private final int[] start; // per term, offset into postings; start[dim] = total
  private final int[] postCand;
  private final float[] postWeight;

  public CandidateIndex(PaperFeatures features, int[] candidates) {
    this.candidates = candidates.clone();
    int dim = features.dim();
    start = new int[dim + 1];
    for (int c : candidates) {
      for (int t : features.row(c).indices()) {
        start[t + 1]++;
      }
    }
    for (int t = 0; t < dim; t++) {
      start[t + 1] += start[t];
    }
    postCand = new int[start[dim]];
    postWeight = new float[start[dim]];
    int[] fill = new int[dim];
    for (int i = 0; i < candidates.length; i++) {
      SparseVector v = features.row(candidates[i]);
      for (int k = 0; k < v.size(); k++) {
        int t = v.indices()[k];
        int at = start[t] + fill[t]++;
        postCand[at] = i;
        postWeight[at] = v.values()[k];
      }
    }
  }

  /** The candidate rows, in the order every score array uses. */
  public int[] candidates() {
    return candidates.clone();
  }

  public int size() {
    return candidates.length;
  }

  /** Whether this index was built over exactly these candidate rows. */
  public boolean covers(int[] rows) {
    return java.util.Arrays.equals(candidates, rows);
  }

  /** Adds {@code scale ×} the cosine similarity of {@code v} to each candidate into {@code acc}. */
  public void addSimilarities(SparseVector v, double scale, double[] acc) {
    for (int k = 0; k < v.size(); k++) {
      int t = v.indices()[k];
      double w = scale * v.values()[k];
      for (int p = start[t], end = start[t + 1]; p < end; p++) {
        acc[postCand[p]] += w * postWeight[p];
      }
    }
  }
}
