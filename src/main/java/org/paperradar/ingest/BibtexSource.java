package org.paperradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.paperradar.paper.Paper;

/**
 * BibTeX (a reference manager's export, Google Scholar, arXiv's own). The text is cut at lines
 * starting with {@code @} and each piece parsed on its own, so one broken entry costs only itself;
 * {@code @string} macros carry over to later pieces.
 */
public final class BibtexSource implements PaperSource {
  public static final String FORMAT = "bibtex";

  @Override
  public String format() {
    return FORMAT;
  }

  /** First non-blank character (after {@code %} comment lines) is {@code @}, a word, a brace. */
  @Override
  public boolean sniff(String head) {
    String h = head.stripLeading();
    while (h.startsWith("%")) {
      int nl = h.indexOf('\n');
      h = nl < 0 ? "" : h.substring(nl + 1).stripLeading();
    }
    if (!h.startsWith("@")) {
      return false;
    }
    int i = 1;
    while (i < h.length() && Character.isLetter(h.charAt(i))) {
      i++;
    }
    while (i < h.length() && Character.isWhitespace(h.charAt(i))) {
      i++;
    }
    return i > 1 && i < h.length() && (h.charAt(i) == '{' || h.charAt(i) == '(');
  }

  @Override
  public void read(InputStream in, String origin, IngestSink sink) throws IOException {
    Chunker chunker = new Chunker(origin, sink);
    LineReader.forEachLine(
        in, chunker::line, (number, reason) -> sink.reject(Reject.atLine(origin, number, reason)));
    chunker.parse();
  }

  private static final class Chunker {
    private final String origin;
    private final IngestSink sink;
    private final List<BibTeXString> macros = new ArrayList<>();
    private final StringBuilder chunk = new StringBuilder();
    private long start = 1;

    Chunker(String origin, IngestSink sink) {
      this.origin = origin;
      this.sink = sink;
    }

    void line(long number, String text) {
      if (text.stripLeading().startsWith("@")) {
        parse();
        start = number;
      }
      chunk.append(text).append('\n');
    }

    void parse() {
      String text = chunk.toString();
      chunk.setLength(0);
      if (text.indexOf('@') < 0) {
        return; // text outside entries is a comment in BibTeX
      }
      BibTeXDatabase db;
      try {
        BibTeXParser parser = new LenientParser();
        macros.forEach(parser::addMacro);
        db = parser.parse(new StringReader(text));
      } catch (ParseException e) {
        sink.reject(Reject.atLine(origin, start + errorLine(e) - 1, "bad BibTeX: " + first(e)));
        return;
      } catch (TokenMgrException e) {
        sink.reject(Reject.atLine(origin, start, "bad BibTeX: " + first(e)));
        return;
      }
      macros.addAll(db.getStrings().values());
      for (BibTeXObject o : db.getObjects()) {
        if (o instanceof BibTeXEntry e) {
          entry(e);
        }
      }
    }

    private void entry(BibTeXEntry e) {
      try {
        Paper p = BibtexEntries.toPaper(e, FORMAT);
        Optional<String> problem = PaperValidator.problem(p);
        if (problem.isPresent()) {
          sink.reject(Reject.atLine(origin, start, problem.get()));
        } else {
          sink.accept(p, start);
        }
      } catch (IllegalArgumentException ex) {
        String key = e.getKey() == null ? "?" : e.getKey().getValue();
        sink.reject(Reject.atLine(origin, start, "entry '" + key + "': " + ex.getMessage()));
      }
    }

    private static int errorLine(ParseException e) {
      if (e.currentToken == null) {
        return 1;
      }
      return e.currentToken.next != null ? e.currentToken.next.beginLine : e.currentToken.beginLine;
    }

    private static String first(Throwable e) {
      String m = String.valueOf(e.getMessage());
      int nl = m.indexOf('\n');
      return Dates.abbreviate(nl < 0 ? m : m.substring(0, nl)).strip();
    }
  }

  /** Unknown macros and cross references are not errors: we want the rest of the entry. */
  private static final class LenientParser extends BibTeXParser {
    LenientParser() throws ParseException {}

    @Override
    public void checkStringResolution(Key key, BibTeXString string) {}

    @Override
    public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {}
  }
}
