package org.paperradar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * The SNAP / KDD Cup 2003 hep-th abstracts of {@code ../shared/data/hepth/}: {@code id, title,
 * abstract, authors, date, year}, with authors as one string and {@code date} copied verbatim from
 * old mail headers ("Thu, 2 JAN 92 12:17 N (6kb)"). The submission month is read from the old-style
 * id ({@code hep-th/YYMMNNN}), which is exact; the day is not, so papers are dated to the 1st.
 */
public final class HepThJsonlSource extends JsonLinesSource {
  public static final String FORMAT = "hepth";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    String h = head.stripLeading();
    return h.startsWith("{")
        && h.contains("\"year\"")
        && h.contains("\"abstract\"")
        && !h.contains("\"categories\"")
        && !h.contains("\"versions\"");
  }

  @Override
  Paper convert(JsonNode n) {
    ArxivId id = ArxivId.parse(required(n, "id"));
    return Paper.builder(id.base())
        .version(id.version())
        .title(required(n, "title"))
        .abstractText(text(n, "abstract"))
        .authors(authors(text(n, "authors")))
        .submitted(month(id.base()))
        .source(FORMAT)
        .build();
  }

  /** The 1st of the id's month: {@code hep-th/9201001} → 1992-01-01. */
  static LocalDate month(String oldStyleId) {
    int slash = oldStyleId.indexOf('/');
    if (slash < 0 || oldStyleId.length() < slash + 5) {
      throw new BadRecordException("not an old-style arXiv id: " + oldStyleId);
    }
    int yy = Integer.parseInt(oldStyleId.substring(slash + 1, slash + 3));
    int mm = Integer.parseInt(oldStyleId.substring(slash + 3, slash + 5));
    return LocalDate.of(yy >= 91 ? 1900 + yy : 2000 + yy, mm, 1);
  }

  private static List<String> authors(String raw) {
    List<String> out = new ArrayList<>();
    if (raw != null) {
      for (String a : raw.split(",|\\band\\b")) {
        String s = Texts.clean(a);
        if (s != null) {
          out.add(LatexAccents.decode(s));
        }
      }
    }
    return out;
  }
}
