package org.paperradar.recommend;

/** A sparse vector: sorted feature indices and their values. */
public record SparseVector(int[] indices, float[] values) {
  public SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices and values differ in length");
    }
  }

  public int size() {
    return indices.length;
  }

  /** Dot product with a dense weight vector. */
  public double dot(double[] dense) {
    double s = 0;
    for (int i = 0; i < indices.length; i++) {
      s += values[i] * dense[indices[i]];
    }
    return s;
  }

  /** Dot product of two sparse vectors (both sorted by index). */
  public double dot(SparseVector o) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < indices.length && j < o.indices.length) {
      if (indices[i] == o.indices[j]) {
        s += values[i++] * o.values[j++];
      } else if (indices[i] < o.indices[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }
}
