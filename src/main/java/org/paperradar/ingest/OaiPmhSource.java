package org.paperradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperradar.paper.Paper;

/**
 * arXiv OAI-PMH {@code ListRecords} responses in the {@code arXiv} or {@code arXivRaw} metadata
 * formats, streamed with StAX. Deleted records are counted and skipped; a bad record is rejected at
 * its record number; XML that is not well-formed is rejected at its line and column and ends the
 * page, keeping the records already emitted.
 */
public final class OaiPmhSource implements PaperSource {
  public static final String FORMAT = "oai-pmh";
  static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    return head.contains("<OAI-PMH");
  }

  @Override
  public void read(InputStream in, String origin, IngestSink sink) throws IOException {
    OaiPage page = readPage(in, origin, sink);
    page.failure().ifPresent(e -> sink.reject(new Reject(origin, 0, "page", "OAI error " + e)));
  }

  /** Reads one response: papers and rejects go to {@code sink}, the rest is returned. */
  public static OaiPage readPage(InputStream in, String origin, IngestSink sink)
      throws IOException {
    return new PageReader(origin, sink).read(in);
  }

  /** The state of reading one page. */
  private static final class PageReader {
    private final String origin;
    private final IngestSink sink;
    private final List<OaiError> errors = new ArrayList<>();
    private int records;
    private int deleted;
    private String token;
    private long cursor = -1;
    private long completeListSize = -1;
    private String maxDatestamp;

    PageReader(String origin, IngestSink sink) {
      this.origin = origin;
      this.sink = sink;
    }

    OaiPage read(InputStream in) throws IOException {
      String malformed = null;
      XMLStreamReader r = null;
      try {
        r = Xml.reader(in);
        while (r.hasNext()) {
          if (r.next() != XMLStreamConstants.START_ELEMENT || !OAI_NS.equals(r.getNamespaceURI())) {
            continue;
          }
          switch (r.getLocalName()) {
            case "error" -> errors.add(new OaiError(Xml.attr(r, "code"), Xml.text(r)));
            case "record" -> record(r);
            case "resumptionToken" -> {
              cursor = Xml.longAttr(r, "cursor");
              completeListSize = Xml.longAttr(r, "completeListSize");
              token = Xml.text(r);
            }
            default -> {}
          }
        }
      } catch (XMLStreamException e) {
        Reject reject = Xml.malformed(origin, e);
        malformed = reject.reason();
        sink.reject(reject);
      } finally {
        close(r);
      }
      return new OaiPage(
          records, deleted, token, cursor, completeListSize, maxDatestamp, errors, malformed);
    }

    /** Reads one {@code <record>} to its end tag, then emits, rejects or skips it. */
    private void record(XMLStreamReader r) throws XMLStreamException {
      long n = ++records;
      OaiRecord rec = new OaiRecord();
      int depth = 1;
      while (depth > 0) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (ev == XMLStreamConstants.START_ELEMENT && !rec.take(r)) {
          depth++; // a container or an element we do not use: walk through it
        }
      }
      if (rec.datestamp != null
          && (maxDatestamp == null || rec.datestamp.compareTo(maxDatestamp) > 0)) {
        maxDatestamp = rec.datestamp;
      }
      if (rec.deleted) {
        deleted++;
        return;
      }
      try {
        Paper p = rec.toPaper();
        Optional<String> problem = PaperValidator.problem(p);
        if (problem.isPresent()) {
          sink.reject(Reject.atRecord(origin, n, rec.label() + problem.get()));
        } else {
          sink.accept(p, n);
        }
      } catch (IllegalArgumentException e) {
        sink.reject(Reject.atRecord(origin, n, rec.label() + e.getMessage()));
      }
    }

    private static void close(XMLStreamReader r) {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing to release beyond the stream, which the caller owns
        }
      }
    }
  }
}
