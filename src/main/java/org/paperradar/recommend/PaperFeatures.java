package org.paperradar.recommend;

import de.bwaldvogel.liblinear.Feature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperradar.paper.Paper;

/**
 * The text features of a set of papers: one L2-normalised tf-idf row per paper (title + abstract,
 * never authors), addressed by row number, and the same rows in liblinear's form.
 */
public final class PaperFeatures {
  private final List<String> ids;
  private final Map<String, Integer> rowOf = new HashMap<>();
  private final TfidfVectorizer vectorizer;
  private final SparseVector[] rows;
  private final Feature[][] liblinearRows;

  private PaperFeatures(List<String> ids, TfidfVectorizer vectorizer, SparseVector[] rows) {
    this.ids = List.copyOf(ids);
    this.vectorizer = vectorizer;
    this.rows = rows;
    this.liblinearRows = new Feature[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      rowOf.put(ids.get(i), i);
      liblinearRows[i] = LinearTrainer.toFeatures(rows[i]);
    }
  }

  /** The text a paper is known by: title and abstract. */
  public static String text(Paper p) {
    return p.title() + ". " + p.abstractText();
  }

  /** Fits the vectorizer on these papers and vectorises each. */
  public static PaperFeatures fit(List<Paper> papers, TfidfVectorizer.Settings settings) {
    List<String> texts = papers.stream().map(PaperFeatures::text).toList();
    TfidfVectorizer v = TfidfVectorizer.fit(texts, settings);
    SparseVector[] rows = texts.parallelStream().map(v::transform).toArray(SparseVector[]::new);
    return new PaperFeatures(papers.stream().map(Paper::id).toList(), v, rows);
  }

  public int size() {
    return rows.length;
  }

  public int dim() {
    return vectorizer.features();
  }

  public String id(int row) {
    return ids.get(row);
  }

  public Optional<Integer> findRow(String id) {
    return Optional.ofNullable(rowOf.get(id));
  }

  public SparseVector row(int row) {
    return rows[row];
  }

  public Feature[] liblinearRow(int row) {
    return liblinearRows[row];
  }

  public TfidfVectorizer vectorizer() {
    return vectorizer;
  }
}
