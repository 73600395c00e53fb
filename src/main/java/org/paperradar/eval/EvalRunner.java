package org.paperradar.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.paperradar.embed.TextEncoder;
import org.paperradar.index.PaperIndex;
import org.paperradar.paper.Paper;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchMode;
import org.paperradar.search.SearchRequest;

/**
 * Runs the search and similar-paper evaluations through the product's own code: the evaluation
 * corpus goes into a temporary {@link PaperIndex} with vectors from the same encoder the product
 * uses (cached per dataset and model), and queries go through {@link LuceneSearchBackend} exactly
 * as {@code radar search} and {@code radar similar} send them.
 */
public final class EvalRunner {
  private final TextEncoder encoder;
  private final VectorCache cache;
  private final IntConsumer progress;

  public EvalRunner(TextEncoder encoder, VectorCache cache, IntConsumer progress) {
    this.encoder = encoder;
    this.cache = cache;
    this.progress = progress;
  }

  /** NFCorpus-style: each query searches the whole corpus; the top 100 are scored. */
  public RankingEvaluation.Result search(EvalData.Dataset d, List<SearchMode> modes)
      throws IOException {
    Map<String, float[]> vectors = vectors(d.docs());
    Path dir = Files.createTempDirectory("radar-eval-index");
    try (PaperIndex index = PaperIndex.open(dir)) {
      for (EvalData.Doc doc : d.docs()) {
        index.upsert(paper(doc), vectors.get(doc.id()));
      }
      index.commit(null);
      index.refresh();
      try (LuceneSearchBackend backend = new LuceneSearchBackend(index, Optional.of(encoder))) {
        // Queries are plain text: --literal semantics, so "?" or ":" in a query are words, not
        // syntax.
        return RankingEvaluation.search(
            d,
            (q, mode) -> ids(backend.search(SearchRequest.of(q.text(), mode, 100), true)),
            modes);
      }
    } finally {
      TempDirs.deleteTree(dir);
    }
  }

  /**
   * CSFCube-style: each query paper's candidate pool is reranked by the similar-papers ranker. The
   * whole corpus is indexed once (so term statistics are the corpus's, as in the product); the
   * ranker's list over the corpus is restricted to the pool, and pool papers it did not return rank
   * last in pool order.
   */
  public RankingEvaluation.Result similar(EvalData.Dataset d, List<SearchMode> modes)
      throws IOException {
    Map<String, float[]> vectors = vectors(d.docs());
    Path dir = Files.createTempDirectory("radar-eval-index");
    try (PaperIndex index = PaperIndex.open(dir)) {
      for (EvalData.Doc doc : d.docs()) {
        index.upsert(paper(doc), vectors.get(doc.id()));
      }
      index.commit(null);
      index.refresh();
      int all = d.docs().size();
      try (LuceneSearchBackend backend = new LuceneSearchBackend(index, Optional.of(encoder))) {
        return RankingEvaluation.similar(
            d,
            (q, mode) -> {
              java.util.Set<String> pool = new java.util.LinkedHashSet<>(q.pool());
              pool.remove(q.text());
              List<String> out = new java.util.ArrayList<>();
              for (String id : ids(backend.similar(q.text(), all, mode))) {
                if (pool.contains(id)) {
                  out.add(id);
                }
              }
              for (String id : pool) {
                if (!out.contains(id)) {
                  out.add(id);
                }
              }
              return out;
            },
            modes);
      }
    } finally {
      TempDirs.deleteTree(dir);
    }
  }

  private Map<String, float[]> vectors(List<EvalData.Doc> docs) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (EvalData.Doc d : docs) {
      texts.put(d.id(), text(d));
    }
    return cache.vectors(
        texts,
        encoder,
        32,
        n -> {
          progress.accept(n);
          return null;
        });
  }

  /** The same text the product embeds for a paper: title, ". ", abstract. */
  static String text(EvalData.Doc d) {
    return d.title().isBlank() ? d.text() : d.title() + ". " + d.text();
  }

  private static Paper paper(EvalData.Doc d) {
    return Paper.builder(d.id()).title(d.title()).abstractText(d.text()).build();
  }

  private static List<String> ids(List<ScoredPaper> results) {
    return results.stream().map(ScoredPaper::id).toList();
  }
}
