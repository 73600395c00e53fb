package org.paperradar.search;

import java.util.List;

/** A search engine over the stored papers: embedded Lucene now, a cluster later. */
public interface SearchBackend extends AutoCloseable {

  /** Ranked results; a malformed query throws {@link QuerySyntaxException} with a clear message. */
  List<ScoredPaper> search(SearchRequest request);

  /** Papers most like the given one (not including it). */
  List<ScoredPaper> similar(String paperId, int limit);

  @Override
  void close();
}
