package org.paperradar.index;

import static org.paperradar.index.IndexFields.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.paperradar.paper.Paper;

/**
 * Paper to Lucene document and back. Everything needed to rebuild the {@link Paper} is stored, so a
 * search answers without touching the store.
 */
public final class PaperDocuments {
  private static final String AUTHOR_STORED = "author_name";
  private static final String ANNOUNCED = "announced";
  private static final String SUBMITTED = "submitted";
  private static final String UPDATED = "updated";
  private static final String VERSION = "version";
  private static final String COMMENT = "comment";
  private static final String DOI = "doi";
  private static final String JOURNAL = "journal_ref";
  private static final String SOURCES = "sources";
  private static final String UPVOTES = "upvotes";
  private static final String AUTHOR_COUNT = "author_count";

  private PaperDocuments() {}

  public static Document toDocument(Paper p, float[] vector) {
    Document d = new Document();
    d.add(new StringField(ID, p.id(), Field.Store.YES));
    d.add(new TextField(TITLE, p.title(), Field.Store.YES));
    d.add(new TextField(ABSTRACT, p.abstractText(), Field.Store.YES));
    for (String a : p.authors()) {
      d.add(new TextField(AUTHORS, a, Field.Store.NO));
      d.add(new StringField(AUTHOR_EXACT, normalizeName(a), Field.Store.NO));
      d.add(new StoredField(AUTHOR_STORED, a)); // multi-valued stored fields keep their order
    }
    for (String c : p.categories()) {
      d.add(new StringField(CATEGORY, c, Field.Store.YES));
    }
    LocalDate date = p.date();
    if (date != null) {
      d.add(new LongField(DATE, date.toEpochDay(), Field.Store.NO));
    }
    storeDate(d, ANNOUNCED, p.announced());
    storeDate(d, SUBMITTED, p.submitted());
    storeDate(d, UPDATED, p.updated());
    d.add(new StoredField(VERSION, p.version()));
    d.add(new StoredField(AUTHOR_COUNT, p.authorCount()));
    d.add(new StoredField(UPVOTES, p.upvotes()));
    storeText(d, COMMENT, p.comment());
    storeText(d, DOI, p.doi());
    storeText(d, JOURNAL, p.journalRef());
    storeText(d, SOURCES, String.join(" ", new TreeSet<>(p.sources())));
    if (vector != null && !isZero(vector)) {
      // DOT_PRODUCT is cosine for unit vectors and skips the normalisation at search time.
      d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return d;
  }

  public static Paper toPaper(Document d) {
    String sources = d.get(SOURCES);
    return Paper.builder(d.get(ID))
        .title(d.get(TITLE))
        .abstractText(d.get(ABSTRACT))
        .authors(Arrays.asList(d.getValues(AUTHOR_STORED)))
        .authorCount(intValue(d, AUTHOR_COUNT))
        .categories(Arrays.asList(d.getValues(CATEGORY)))
        .announced(date(d, ANNOUNCED))
        .submitted(date(d, SUBMITTED))
        .updated(date(d, UPDATED))
        .version(intValue(d, VERSION))
        .comment(d.get(COMMENT))
        .doi(d.get(DOI))
        .journalRef(d.get(JOURNAL))
        .sources(
            sources == null || sources.isEmpty()
                ? java.util.Set.of()
                : new TreeSet<>(List.of(sources.split(" "))))
        .upvotes(intValue(d, UPVOTES))
        .build();
  }

  private static boolean isZero(float[] v) {
    for (float x : v) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static void storeDate(Document d, String field, LocalDate date) {
    if (date != null) {
      d.add(new StoredField(field, date.toString()));
    }
  }

  private static void storeText(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  private static LocalDate date(Document d, String field) {
    String s = d.get(field);
    return s == null ? null : LocalDate.parse(s);
  }

  private static int intValue(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
  }
}
