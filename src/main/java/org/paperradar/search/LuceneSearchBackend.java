package org.paperradar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.paperradar.embed.TextEncoder;
import org.paperradar.index.IndexFields;
import org.paperradar.index.PaperDocuments;
import org.paperradar.index.PaperIndex;

/**
 * Search over the embedded Lucene {@link PaperIndex}: BM25 (lexical), HNSW kNN (semantic) and their
 * reciprocal-rank fusion (hybrid). Filters restrict both sides: a FILTER clause for BM25 and a
 * pre-filter for kNN, so filtered kNN still returns k hits. Without vectors or an encoder the
 * semantic modes fall back to lexical; {@link #coverage()} tells the caller so it can warn.
 */
public final class LuceneSearchBackend implements SearchBackend {
  /** Each side of a fusion contributes this many candidates. */
  static final int FUSION_DEPTH = 100;

  private final PaperIndex index;
  private final Optional<TextEncoder> encoder;
  private final LexicalQueries queries;
  private final boolean closeIndex;

  public LuceneSearchBackend(
      PaperIndex index, Optional<TextEncoder> encoder, LexicalQueries queries, boolean closeIndex) {
    this.index = index;
    this.encoder = encoder;
    this.queries = queries;
    this.closeIndex = closeIndex;
  }

  /** A backend over an index the caller keeps owning (and closes). */
  public LuceneSearchBackend(PaperIndex index, Optional<TextEncoder> encoder) {
    this(index, encoder, new LexicalQueries(), false);
  }

  public Coverage coverage() {
    return new Coverage(index.docCount(), index.vectorCount(), encoder.isPresent());
  }

  @Override
  public List<ScoredPaper> search(SearchRequest r) {
    return search(r, false);
  }

  /**
   * As {@link #search(SearchRequest)}; {@code literal} searches the text with operators escaped.
   */
  public List<ScoredPaper> search(SearchRequest r, boolean literal) {
    Query text = queries.parse(r.query(), literal);
    Optional<Query> filter = queries.filter(r);
    SearchMode mode = coverage().effective(r.mode());
    return switch (mode) {
      case LEXICAL -> lexical(text, filter, r.limit());
      case SEMANTIC -> semantic(encoder.orElseThrow().encode(r.query()), filter, r.limit(), null);
      case HYBRID -> {
        float[] v = encoder.orElseThrow().encode(r.query());
        yield Rrf.fuse(
            List.of(
                new Rrf.Ranked("bm25", lexical(text, filter, Math.max(FUSION_DEPTH, r.limit()))),
                new Rrf.Ranked(
                    "knn", semantic(v, filter, Math.max(FUSION_DEPTH, r.limit()), null))),
            r.limit());
      }
    };
  }

  List<ScoredPaper> lexical(Query text, Optional<Query> filter, int limit) {
    return index.withSearcher(
        s -> toResults(s, s.search(queries.withFilter(text, filter), limit), "bm25", null));
  }

  /** kNN with k oversampled (HNSW is approximate; more candidates raise recall of the top). */
  List<ScoredPaper> semantic(float[] v, Optional<Query> filter, int limit, String excludeId) {
    int want = excludeId == null ? limit : limit + 1;
    int k = Math.max(2 * want, 50);
    Query q = new KnnFloatVectorQuery(IndexFields.VECTOR, v, k, filter.orElse(null));
    return index.withSearcher(s -> toResults(s, s.search(q, want), "knn", excludeId)).stream()
        .limit(limit)
        .toList();
  }

  @Override
  public List<ScoredPaper> similar(String paperId, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    return index.withSearcher(
        s -> {
          TopDocs hit = s.search(new TermQuery(new Term(IndexFields.ID, paperId)), 1);
          if (hit.scoreDocs.length == 0) {
            throw new IllegalArgumentException("no paper with id " + paperId + " in the index");
          }
          int doc = hit.scoreDocs[0].doc;
          int depth = Math.max(FUSION_DEPTH, limit);
          List<Rrf.Ranked> lists = new ArrayList<>();
          float[] v = vectorOf(s, doc);
          if (v != null) {
            lists.add(new Rrf.Ranked("knn", semantic(v, Optional.empty(), depth, paperId)));
          }
          lists.add(new Rrf.Ranked("mlt", moreLikeThis(s, doc, depth, paperId)));
          return Rrf.fuse(lists, limit);
        });
  }

  private List<ScoredPaper> moreLikeThis(IndexSearcher s, int doc, int limit, String excludeId)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(IndexFields.analyzer());
    mlt.setFieldNames(new String[] {IndexFields.TITLE, IndexFields.ABSTRACT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(30);
    Query like = mlt.like(doc);
    Query q =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(IndexFields.ID, excludeId)), BooleanClause.Occur.MUST_NOT)
            .build();
    return toResults(s, s.search(q, limit), "mlt", excludeId);
  }

  /** The vector indexed for {@code doc}, or null when it has none. */
  private static float[] vectorOf(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
    if (values == null) {
      return null;
    }
    KnnVectorValues.DocIndexIterator it = values.iterator();
    int local = doc - leaf.docBase;
    if (it.advance(local) != local) {
      return null;
    }
    return values.vectorValue(it.index()).clone();
  }

  private static List<ScoredPaper> toResults(
      IndexSearcher s, TopDocs top, String part, String excludeId) throws IOException {
    List<ScoredPaper> out = new ArrayList<>(top.scoreDocs.length);
    var stored = s.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      var paper = PaperDocuments.toPaper(stored.document(sd.doc));
      if (paper.id().equals(excludeId)) {
        continue;
      }
      out.add(
          new ScoredPaper(paper, sd.score, List.of(new ScorePart(part, sd.score, out.size() + 1))));
    }
    return out;
  }

  @Override
  public void close() {
    encoder.ifPresent(TextEncoder::close);
    if (closeIndex) {
      index.close();
    }
  }
}
