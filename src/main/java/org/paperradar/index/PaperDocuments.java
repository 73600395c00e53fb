package org.paperradar.index;

import static org.paperradar.index.IndexFields.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
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
    d.add(new BinaryDocValuesField(ID_KEY, new BytesRef(p.id())));
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

  /**
   * The paper ids of {@code docs} (top-level doc ids of {@code reader}), in the same order: from
   * the {@link IndexFields#ID_KEY} doc values, or for documents indexed before them, from the
   * stored {@code id} alone.
   */
  public static String[] ids(IndexReader reader, int[] docs) throws IOException {
    String[] out = new String[docs.length];
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    // Doc values iterate forwards only: visit the docs in increasing order.
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    StoredFields stored = null;
    int last = -1;
    for (int i : order) {
      int doc = docs[i];
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex || doc <= last) {
        leafIndex = li;
        leaf = leaves.get(li);
        values = leaf.reader().getBinaryDocValues(ID_KEY);
        stored = null;
      }
      last = doc;
      int local = doc - leaf.docBase;
      if (values != null && values.advanceExact(local)) {
        out[i] = values.binaryValue().utf8ToString();
      } else {
        if (stored == null) {
          stored = leaf.reader().storedFields();
        }
        out[i] = storedId(stored, local);
      }
    }
    return out;
  }

  /** Reads only the stored {@code id} of a document. */
  private static String storedId(StoredFields stored, int doc) throws IOException {
    String[] id = new String[1];
    stored.document(
        doc,
        new StoredFieldVisitor() {
          @Override
          public Status needsField(FieldInfo fieldInfo) {
            if (fieldInfo.name.equals(ID)) {
              return Status.YES;
            }
            return id[0] == null ? Status.NO : Status.STOP;
          }

          @Override
          public void stringField(FieldInfo fieldInfo, String value) {
            id[0] = value;
          }
        });
    return id[0];
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
