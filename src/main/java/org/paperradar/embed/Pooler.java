package org.paperradar.embed;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/** Token vectors {@code [n, len, dim]} (row-major) to one unit vector per text. */
public final class Pooler {
  private Pooler() {}

  public static List<float[]> pool(
      FloatBuffer hidden, long[] mask, int n, int len, int dim, EmbeddingModels.Pooling pooling) {
    List<float[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      float[] v = new float[dim];
      int base = i * len * dim;
      if (pooling == EmbeddingModels.Pooling.CLS) {
        hidden.get(base, v);
      } else {
        int count = 0;
        for (int t = 0; t < len; t++) {
          if (mask[i * len + t] == 0) {
            continue;
          }
          count++;
          int off = base + t * dim;
          for (int d = 0; d < dim; d++) {
            v[d] += hidden.get(off + d);
          }
        }
        if (count > 0) {
          for (int d = 0; d < dim; d++) {
            v[d] /= count;
          }
        }
      }
      out.add(Vectors.normalize(v));
    }
    return out;
  }
}
