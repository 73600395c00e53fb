package org.paperradar.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.paperradar.index.IndexFields;

/**
 * Turns a request into Lucene queries: the user's text in classic Lucene syntax over title,
 * abstract and authors (BM25, weighted by field), and the filters as a separate query that matches
 * without scoring.
 */
public final class LexicalQueries {
  /** Field weights: a word in the title says more about the paper than one in the abstract. */
  public static final Map<String, Float> BOOSTS =
      Map.of(IndexFields.TITLE, 2.5f, IndexFields.ABSTRACT, 1f, IndexFields.AUTHORS, 0.5f);

  private static final String[] FIELDS = {
    IndexFields.TITLE, IndexFields.ABSTRACT, IndexFields.AUTHORS
  };

  private final Analyzer analyzer;
  private final Map<String, Float> boosts;

  public LexicalQueries(Analyzer analyzer, Map<String, Float> boosts) {
    this.analyzer = analyzer;
    this.boosts = boosts;
  }

  public LexicalQueries() {
    this(IndexFields.analyzer(), BOOSTS);
  }

  /** The query text parsed; {@code literal} escapes every operator first (the fallback). */
  public Query parse(String text, boolean literal) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(true);
    String q = literal ? QueryParserBase.escape(text) : text;
    try {
      return parser.parse(q);
    } catch (ParseException e) {
      throw new QuerySyntaxException(QueryErrors.describe(text, e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "query too large: more than " + IndexSearcher.getMaxClauseCount() + " terms", e);
    }
  }

  /** The request's filters as one query, or empty when there are none. */
  public Optional<Query> filter(SearchRequest r) {
    List<Query> must = new ArrayList<>();
    if (!r.categories().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String c : r.categories()) {
        any.add(new TermQuery(new Term(IndexFields.CATEGORY, c)), BooleanClause.Occur.SHOULD);
      }
      must.add(any.build());
    }
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      must.add(LongField.newRangeQuery(IndexFields.DATE, lo, hi));
    }
    if (r.author() != null && !r.author().isBlank()) {
      must.add(author(r.author()));
    }
    if (must.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    must.forEach(q -> b.add(q, BooleanClause.Occur.FILTER));
    return Optional.of(b.build());
  }

  /**
   * An author filter: the exact (normalised) name, or the words of it in order within one name, so
   * both "Yann LeCun" and "LeCun" find LeCun's papers.
   */
  Query author(String name) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(
        new TermQuery(new Term(IndexFields.AUTHOR_EXACT, IndexFields.normalizeName(name))),
        BooleanClause.Occur.SHOULD);
    Query words = new QueryBuilder(analyzer).createPhraseQuery(IndexFields.AUTHORS, name);
    if (words != null) {
      b.add(words, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The user query combined with the filters (as non-scoring clauses). */
  public Query withFilter(Query query, Optional<Query> filter) {
    if (filter.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(filter.get(), BooleanClause.Occur.FILTER)
        .build();
  }
}
