package org.paperradar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
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
 *
 * <p>Rankings carry only doc id, paper id (from doc values) and score; stored fields are read for
 * the results returned, not for the ~200 fusion candidates.
 */
public final class LuceneSearchBackend implements SearchBackend {
  /** Each side of a fusion contributes this many candidates. */
  static final int FUSION_DEPTH = 100;

  private final PaperIndex index;
  private final Optional<TextEncoder> encoder;
  private final LexicalQueries queries;
  private final boolean closeIndex;
  private volatile CachedCoverage cachedCoverage;

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

  /**
   * What the index holds, cached per reader: counting vectors on every request would cost a pass
   * over the vector field each time.
   */
  public Coverage coverage() {
    return index.withSearcher(this::coverage);
  }

  private Coverage coverage(IndexSearcher s) throws IOException {
    CachedCoverage c = cachedCoverage;
    IndexReader reader = s.getIndexReader();
    if (c != null && c.reader().equals(reader)) {
      return c.coverage();
    }
    Coverage fresh =
        new Coverage(
            s.count(new MatchAllDocsQuery()),
            s.count(new FieldExistsQuery(IndexFields.VECTOR)),
            encoder.isPresent());
    cachedCoverage = new CachedCoverage(reader, fresh);
    return fresh;
  }

  /** The coverage of one reader (compared by identity: a refresh makes a new reader). */
  private record CachedCoverage(IndexReader reader, Coverage coverage) {}

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
    return index.withSearcher(
        s -> {
          SearchMode mode = coverage(s).effective(r.mode());
          return switch (mode) {
            case LEXICAL -> load(s, "bm25", lexical(s, text, filter, r.limit()));
            case SEMANTIC ->
                load(
                    s,
                    "knn",
                    semantic(
                        s, encoder.orElseThrow().encodeQuery(r.query()), filter, r.limit(), -1));
            case HYBRID -> {
              // One searcher for both lists, run one after the other: doc ids agree, and with
              // few cores concurrent requests parallelise better than the two halves of one.
              float[] v = encoder.orElseThrow().encodeQuery(r.query());
              int depth = Math.max(FUSION_DEPTH, r.limit());
              List<Rrf.HitList> lists =
                  List.of(
                      new Rrf.HitList("bm25", lexical(s, text, filter, depth)),
                      new Rrf.HitList("knn", semantic(s, v, filter, depth, -1)));
              yield load(s, Rrf.fuseHits(lists, r.limit()));
            }
          };
        });
  }

  private List<Rrf.Hit> lexical(IndexSearcher s, Query text, Optional<Query> filter, int limit)
      throws IOException {
    return hits(s, s.search(queries.withFilter(text, filter), limit), -1);
  }

  /** kNN with k oversampled (HNSW is approximate; more candidates raise recall of the top). */
  private static List<Rrf.Hit> semantic(
      IndexSearcher s, float[] v, Optional<Query> filter, int limit, int excludeDoc)
      throws IOException {
    int want = excludeDoc < 0 ? limit : limit + 1;
    int k = Math.max(2 * want, 50);
    Query q = new KnnFloatVectorQuery(IndexFields.VECTOR, v, k, filter.orElse(null));
    List<Rrf.Hit> hits = hits(s, s.search(q, want), excludeDoc);
    return hits.size() > limit ? hits.subList(0, limit) : hits;
  }

  @Override
  public List<ScoredPaper> similar(String paperId, int limit) {
    return similar(paperId, limit, SearchMode.HYBRID);
  }

  /**
   * Papers like {@code paperId}: LEXICAL by its words alone (MoreLikeThis, part {@code mlt}),
   * SEMANTIC by its vector's neighbours alone (part {@code knn}; empty when the paper has no
   * vector), HYBRID both fused by rank (parts {@code knn}, {@code mlt}, {@code rrf}; words alone
   * when it has no vector). Needs no query encoder: the paper's indexed vector is the query.
   */
  public List<ScoredPaper> similar(String paperId, int limit, SearchMode mode) {
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
          return switch (mode) {
            case LEXICAL -> load(s, "mlt", moreLikeThis(s, doc, paperId, limit));
            case SEMANTIC -> {
              float[] v = vectorOf(s, doc);
              yield v == null
                  ? List.<ScoredPaper>of()
                  : load(s, "knn", semantic(s, v, Optional.empty(), limit, doc));
            }
            case HYBRID -> {
              int depth = Math.max(FUSION_DEPTH, limit);
              List<Rrf.HitList> lists = new ArrayList<>(2);
              float[] v = vectorOf(s, doc);
              if (v != null) {
                lists.add(new Rrf.HitList("knn", semantic(s, v, Optional.empty(), depth, doc)));
              }
              lists.add(new Rrf.HitList("mlt", moreLikeThis(s, doc, paperId, depth)));
              yield load(s, Rrf.fuseHits(lists, limit));
            }
          };
        });
  }

  private static List<Rrf.Hit> moreLikeThis(IndexSearcher s, int doc, String excludeId, int limit)
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
    return hits(s, s.search(q, limit), doc);
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

  /** The ranked hits with their ids (from doc values), leaving out {@code excludeDoc}. */
  private static List<Rrf.Hit> hits(IndexSearcher s, TopDocs top, int excludeDoc)
      throws IOException {
    ScoreDoc[] sds = top.scoreDocs;
    int[] docs = new int[sds.length];
    for (int i = 0; i < sds.length; i++) {
      docs[i] = sds[i].doc;
    }
    String[] ids = PaperDocuments.ids(s.getIndexReader(), docs);
    List<Rrf.Hit> out = new ArrayList<>(sds.length);
    for (int i = 0; i < sds.length; i++) {
      if (sds[i].doc != excludeDoc) {
        out.add(new Rrf.Hit(sds[i].doc, ids[i], sds[i].score));
      }
    }
    return out;
  }

  /** One list's hits as results: stored fields are read only here, for the hits returned. */
  private static List<ScoredPaper> load(IndexSearcher s, String part, List<Rrf.Hit> hits)
      throws IOException {
    StoredFields stored = s.storedFields();
    List<ScoredPaper> out = new ArrayList<>(hits.size());
    for (Rrf.Hit h : hits) {
      out.add(
          new ScoredPaper(
              PaperDocuments.toPaper(stored.document(h.doc())),
              h.score(),
              List.of(new ScorePart(part, h.score(), out.size() + 1))));
    }
    return out;
  }

  /** Fused hits as results, reading stored fields for the final top only. */
  private static List<ScoredPaper> load(IndexSearcher s, List<Rrf.Fused> fused) throws IOException {
    StoredFields stored = s.storedFields();
    List<ScoredPaper> out = new ArrayList<>(fused.size());
    for (Rrf.Fused f : fused) {
      out.add(
          new ScoredPaper(PaperDocuments.toPaper(stored.document(f.doc())), f.score(), f.parts()));
    }
    return out;
  }

  /** Closes the index if this backend owns it; the encoder is the caller's to close. */
  @Override
  public void close() {
    if (closeIndex) {
      index.close();
    }
  }
}
