package org.paperradar.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.paperradar.embed.TextEncoder;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.embed.Vectors;
import org.paperradar.index.PaperIndex;
import org.paperradar.index.VectorFormat;
import org.paperradar.index.VectorSource;
import org.paperradar.paper.Paper;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.search.SearchMode;
import org.paperradar.search.SearchRequest;
import org.paperradar.store.PaperDao;

/**
 * Search latency on the store's papers: every {@code stride}-th paper is held aside and its title
 * is a query against the rest (so no query is an indexed title). Reports build time, size on disk,
 * heap, and p50/p90/p99 per mode; optionally the same on a synthetic expansion to N documents
 * (copies of real papers with perturbed vectors) to see how latency grows.
 */
public final class SearchBenchmark {
  private static final int LIMIT = 10;

  private final PrintWriter out;
  private final TextEncoder encoder;
  private final VectorSource stored;
  private final VectorFormat format;

  /**
   * {@code stored} gives the papers' vectors (the store's embeddings, so a build measures indexing,
   * not encoding); {@code encoder} encodes the queries and must be the same model.
   */
  public SearchBenchmark(
      PrintWriter out, TextEncoder encoder, VectorSource stored, VectorFormat format) {
    this.out = out;
    this.encoder = encoder;
    this.stored = stored;
    this.format = format;
  }

  public void run(PaperDao store, int queryCount, int syntheticDocs) throws IOException {
    long total = store.count();
    int stride = (int) Math.max(1, total / Math.max(1, queryCount));
    List<Paper> indexed = new ArrayList<>();
    List<String> queries = new ArrayList<>();
    long[] seen = {0};
    store.forEach(
        p -> {
          if (seen[0]++ % stride == stride - 1 && !p.title().isBlank()) {
            queries.add(p.title());
          } else {
            indexed.add(p);
          }
        });
    out.printf(
        Locale.ROOT,
        "bench search: %,d papers indexed, %,d held-aside titles as queries (every %d-th), vectors:"
            + " %s (%d-d, %s HNSW), %d cores, Java %s%n",
        indexed.size(),
        queries.size(),
        stride,
        encoder.modelId(),
        encoder.dimension(),
        format,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    if (encoder instanceof ToyEncoder) {
      out.println(
          "NOTE: vectors come from the toy hashing encoder (no stored embeddings yet), so"
              + " semantic latency is realistic but semantic quality is not.");
    }
    measure("real", indexed.size(), c -> indexed.forEach(c), stored, queries, true);
    if (syntheticDocs > 0) {
      Random rnd = new Random(42);
      Consumer<Consumer<Paper>> synthetic =
          c -> {
            for (int i = 0; i < syntheticDocs; i++) {
              c.accept(copy(indexed.get(i % indexed.size()), "syn:" + i));
            }
          };
      VectorSource perturbed =
          new VectorSource() {
            @Override
            public Optional<float[]> vector(String id) {
              return Optional.empty();
            }

            @Override
            public Optional<float[]> vectorFor(Paper p) {
              // The copy "syn:i" gets the vector of the paper it copies, slightly perturbed.
              Paper original = indexed.get(Integer.parseInt(p.id().substring(4)) % indexed.size());
              Optional<float[]> base = stored.vectorFor(original);
              if (base.isEmpty()) {
                return base;
              }
              float[] v = base.get().clone();
              for (int d = 0; d < v.length; d++) {
                v[d] += (float) (rnd.nextGaussian() * 0.02);
              }
              return Optional.of(Vectors.normalize(v));
            }
          };
      measure("synthetic", syntheticDocs, synthetic, perturbed, queries, false);
    }
  }

  private void measure(
      String label,
      long docs,
      Consumer<Consumer<Paper>> papers,
      VectorSource vectors,
      List<String> queries,
      boolean hybrid)
      throws IOException {
    Path dir = Files.createTempDirectory("radar-bench-search");
    try (PaperIndex index = PaperIndex.open(dir, format)) {
      long t0 = System.nanoTime();
      long[] n = {0};
      papers.accept(
          p -> {
            index.upsert(p, vectors.vectorFor(p).orElse(null));
            if (++n[0] % 50_000 == 0) {
              out.printf(Locale.ROOT, "  %s: %,d docs indexed ...%n", label, n[0]);
              out.flush();
            }
          });
      index.commit(null);
      double build = (System.nanoTime() - t0) / 1e9;
      System.gc();
      long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      out.printf(
          Locale.ROOT,
          "%s: %,d docs, build %.1f s (%,.0f docs/s), index %,.1f MiB on disk,"
              + " heap used %,.0f MiB%n",
          label,
          docs,
          build,
          docs / build,
          index.sizeOnDisk() / 1048576.0,
          heap / 1048576.0);
      try (LuceneSearchBackend backend = new LuceneSearchBackend(index, Optional.of(encoder))) {
        List<SearchMode> modes =
            hybrid
                ? List.of(SearchMode.values())
                : List.of(SearchMode.LEXICAL, SearchMode.SEMANTIC);
        for (SearchMode m : modes) {
          out.printf(Locale.ROOT, "  %-8s top-%d: %s%n", m, LIMIT, time(backend, m, queries));
          out.flush();
        }
      }
    } finally {
      TempDirs.deleteTree(dir);
    }
  }

  /** Warms up on the first 200 queries, then times every query (encoding included). */
  private static Latencies time(LuceneSearchBackend backend, SearchMode mode, List<String> qs) {
    for (String q : qs.subList(0, Math.min(200, qs.size()))) {
      backend.search(SearchRequest.of(q, mode, LIMIT), true);
    }
    long[] nanos = new long[qs.size()];
    for (int i = 0; i < qs.size(); i++) {
      long t = System.nanoTime();
      backend.search(SearchRequest.of(qs.get(i), mode, LIMIT), true);
      nanos[i] = System.nanoTime() - t;
    }
    return Latencies.of(nanos);
  }

  private static Paper copy(Paper p, String id) {
    return new Paper(
        id,
        p.title(),
        p.abstractText(),
        p.authors(),
        p.authorCount(),
        p.categories(),
        p.announced(),
        p.submitted(),
        p.updated(),
        p.version(),
        p.comment(),
        p.doi(),
        p.journalRef(),
        p.sources(),
        p.upvotes());
  }
}
