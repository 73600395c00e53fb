package org.paperradar.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.paperradar.embed.Vectors;
import org.paperradar.index.VectorFormat;

/**
 * Float vs int8 HNSW on clustered random unit vectors (iid Gaussian vectors in 384-d have no
 * neighbourhood structure at all, unlike text embeddings, and give any ANN index recall near 0):
 * recall@10 against exact search (at k=10 and k=20, keeping the top 10), index time, query latency
 * and the bytes of the vector files that search reads (the graph plus the float or quantised
 * vectors).
 */
public final class VectorFormatBenchmark {
  /** One format's figures. */
  public record Result(
      VectorFormat format,
      double recallK10,
      double recallK20,
      double indexSeconds,
      Latencies latency,
      long searchedBytes,
      long totalBytes) {}

  private VectorFormatBenchmark() {}

  public static List<Result> run(int docs, int dim, int queries, long seed) throws IOException {
    Random rnd = new Random(seed);
    float[][] centres = new float[Math.max(1, docs / 100)][];
    for (int c = 0; c < centres.length; c++) {
      centres[c] = randomUnit(rnd, dim, null);
    }
    float[][] data = new float[docs][];
    for (int i = 0; i < docs; i++) {
      data[i] = randomUnit(rnd, dim, centres[rnd.nextInt(centres.length)]);
    }
    float[][] qs = new float[queries][];
    int[][] truth = new int[queries][];
    for (int q = 0; q < queries; q++) {
      qs[q] = randomUnit(rnd, dim, centres[rnd.nextInt(centres.length)]);
      truth[q] = exactTop10(data, qs[q]);
    }
    List<Result> out = new ArrayList<>();
    for (VectorFormat f : VectorFormat.values()) {
      out.add(measure(f, data, qs, truth));
    }
    return out;
  }

  private static Result measure(VectorFormat f, float[][] data, float[][] qs, int[][] truth)
      throws IOException {
    Path dir = Files.createTempDirectory("radar-bench-vec");
    try (FSDirectory d = FSDirectory.open(dir)) {
      long t0 = System.nanoTime();
      IndexWriterConfig cfg = new IndexWriterConfig().setCodec(f.codec());
      cfg.setRAMBufferSizeMB(256);
      cfg.setUseCompoundFile(false); // separate files, to measure the vector files' sizes
      cfg.getMergePolicy().setNoCFSRatio(0);
      try (IndexWriter w = new IndexWriter(d, cfg)) {
        for (int i = 0; i < data.length; i++) {
          Document doc = new Document();
          doc.add(new StoredField("i", i));
          doc.add(new KnnFloatVectorField("v", data[i], VectorSimilarityFunction.DOT_PRODUCT));
          w.addDocument(doc);
        }
        w.forceMerge(1);
      }
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      try (DirectoryReader r = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(r);
        double hits10 = 0;
        double hits20 = 0;
        long[] nanos = new long[qs.length];
        for (int q = 0; q < qs.length; q++) {
          long t = System.nanoTime();
          TopDocs top10 = s.search(new KnnFloatVectorQuery("v", qs[q], 10), 10);
          nanos[q] = System.nanoTime() - t;
          hits10 += overlap(s, top10, truth[q]);
          hits20 += overlap(s, s.search(new KnnFloatVectorQuery("v", qs[q], 20), 10), truth[q]);
        }
        long searched = 0;
        long total = 0;
        for (String file : d.listAll()) {
          long len = d.fileLength(file);
          total += len;
          // .vex: graph; .veq: int8 vectors (int8 searches these); .vec: floats (float searches)
          if (file.endsWith(".vex")
              || file.endsWith(".veq")
              || (f == VectorFormat.FLOAT && file.endsWith(".vec"))) {
            searched += len;
          }
        }
        return new Result(
            f,
            hits10 / (10.0 * qs.length),
            hits20 / (10.0 * qs.length),
            indexSeconds,
            Latencies.of(nanos),
            searched,
            total);
      }
    } finally {
      TempDirs.deleteTree(dir);
    }
  }

  private static int overlap(IndexSearcher s, TopDocs top, int[] truth) throws IOException {
    int n = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      int id = s.storedFields().document(sd.doc).getField("i").numericValue().intValue();
      for (int t : truth) {
        if (t == id) {
          n++;
        }
      }
    }
    return n;
  }

  /** A random unit vector near {@code centre} (noise as long as the centre), or anywhere. */
  static float[] randomUnit(Random rnd, int dim, float[] centre) {
    float[] v = new float[dim];
    double noise = centre == null ? 1 : 1 / Math.sqrt(dim);
    for (int i = 0; i < dim; i++) {
      v[i] = (float) (rnd.nextGaussian() * noise + (centre == null ? 0 : centre[i]));
    }
    return Vectors.normalize(v);
  }

  private static int[] exactTop10(float[][] data, float[] q) {
    int[] best = new int[10];
    float[] score = new float[10];
    java.util.Arrays.fill(score, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < data.length; i++) {
      float sc = Vectors.dot(data[i], q);
      if (sc > score[9]) {
        int j = 9;
        while (j > 0 && score[j - 1] < sc) {
          score[j] = score[j - 1];
          best[j] = best[j - 1];
          j--;
        }
        score[j] = sc;
        best[j] = i;
      }
    }
    return best;
  }
}
