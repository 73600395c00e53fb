package org.paperradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * Atom feeds of the arXiv export API ({@code export.arxiv.org/api/query}). Entry ids carry the
 * version ({@code http://arxiv.org/abs/2408.05284v2}); the primary category comes first. The API
 * reports a bad query as a single entry whose id is under {@code /api/errors}.
 */
public final class ArxivAtomSource implements PaperSource {
  public static final String FORMAT = "arxiv-atom";
  static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  static final String ARXIV_NS = "http://arxiv.org/schemas/atom";
  static final String OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    return head.contains("<feed") && head.contains("arxiv.org");
  }

  @Override
  public void read(InputStream in, String origin, IngestSink sink) throws IOException {
    AtomPage page = readPage(in, origin, sink);
    for (String e : page.errors()) {
      sink.reject(new Reject(origin, 0, "page", "arXiv API error: " + e));
    }
  }

  /** Reads one feed: papers and rejects go to {@code sink}, the rest is returned. */
  public static AtomPage readPage(InputStream in, String origin, IngestSink sink)
      throws IOException {
    int entries = 0;
    long total = -1;
    long start = -1;
    long perPage = -1;
    List<String> errors = new ArrayList<>();
    String malformed = null;
    XMLStreamReader r = null;
    try {
      r = Xml.reader(in);
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (OPENSEARCH_NS.equals(ns)) {
          long v = parseLong(Xml.text(r));
          switch (name) {
            case "totalResults" -> total = v;
            case "startIndex" -> start = v;
            case "itemsPerPage" -> perPage = v;
            default -> {}
          }
        } else if (ATOM_NS.equals(ns) && name.equals("entry")) {
          entries++;
          Entry e = Entry.read(r);
          if (e.id != null && e.id.contains("/api/errors")) {
            errors.add(e.summary != null ? e.summary : e.id);
          } else {
            emit(e, entries, origin, sink);
          }
        }
      }
    } catch (XMLStreamException e) {
      Reject reject = Xml.malformed(origin, e);
      malformed = reject.reason();
      sink.reject(reject);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // the caller owns and closes the stream
        }
      }
    }
    return new AtomPage(entries, total, start, perPage, errors, malformed);
  }

  private static void emit(Entry e, long n, String origin, IngestSink sink) {
    String label = e.id == null ? "" : e.id + ": ";
    try {
      Paper p = e.toPaper();
      Optional<String> problem = PaperValidator.problem(p);
      if (problem.isPresent()) {
        sink.reject(Reject.atRecord(origin, n, label + problem.get()));
      } else {
        sink.accept(p, n);
      }
    } catch (IllegalArgumentException ex) {
      sink.reject(Reject.atRecord(origin, n, label + ex.getMessage()));
    }
  }

  private static long parseLong(String s) {
    try {
      return s == null ? -1 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The raw fields of one {@code <entry>}. */
  private static final class Entry {
    String id;
    String published;
    String updated;
    String title;
    String summary;
    String comment;
    String journalRef;
    String doi;
    String primary;
    final List<String> authors = new ArrayList<>();
    final Set<String> categories = new LinkedHashSet<>();

    static Entry read(XMLStreamReader r) throws XMLStreamException {
      Entry e = new Entry();
      int depth = 1;
      while (depth > 0) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (ev == XMLStreamConstants.START_ELEMENT && !e.take(r)) {
          depth++;
        }
      }
      return e;
    }

    /** Takes a field (text fields are read to their end tag); false for anything else. */
    private boolean take(XMLStreamReader r) throws XMLStreamException {
      String ns = r.getNamespaceURI();
      String name = r.getLocalName();
      if (ATOM_NS.equals(ns)) {
        switch (name) {
          case "id" -> id = Xml.text(r);
          case "published" -> published = Xml.text(r);
          case "updated" -> updated = Xml.text(r);
          case "title" -> title = Xml.text(r);
          case "summary" -> summary = Xml.text(r);
          case "name" -> {
            String a = Xml.text(r);
            if (a != null) {
              authors.add(LatexAccents.decode(a));
            }
          }
          case "category" -> {
            addCategory(Xml.attr(r, "term"));
            return false;
          }
          default -> {
            return false;
          }
        }
        return true;
      }
      if (ARXIV_NS.equals(ns)) {
        switch (name) {
          case "comment" -> comment = Xml.text(r);
          case "journal_ref" -> journalRef = Xml.text(r);
          case "doi" -> doi = Xml.text(r);
          case "primary_category" -> {
            primary = Texts.clean(Xml.attr(r, "term"));
            return false;
          }
          default -> {
            return false;
          }
        }
        return true;
      }
      return false;
    }

    private void addCategory(String term) {
      String t = Texts.clean(term);
      if (t != null) {
        categories.add(t);
      }
    }

    Paper toPaper() {
      ArxivId aid = ArxivId.parse(id);
      if (title == null) {
        throw new BadRecordException("missing title");
      }
      List<String> cats = new ArrayList<>();
      if (primary != null) {
        cats.add(primary);
      }
      categories.stream().filter(c -> !c.equals(primary)).forEach(cats::add);
      return Paper.builder(aid.base())
          .version(aid.version())
          .title(title)
          .abstractText(summary)
          .authors(authors)
          .categories(cats)
          .submitted(Dates.iso(published))
          // v1 entries repeat the submission time as <updated>; only a revision is an update
          .updated(updated == null || updated.equals(published) ? null : Dates.iso(updated))
          .comment(comment)
          .journalRef(journalRef)
          .doi(doi)
          .source(FORMAT)
          .build();
    }
  }
}
