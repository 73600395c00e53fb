package org.paperradar.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.Paper;

/** Turns one parsed BibTeX entry into a {@link Paper}. */
final class BibtexEntries {
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
  private static final String ARXIV_DOI = "10.48550/arxiv.";

  private BibtexEntries() {}

  static Paper toPaper(BibTeXEntry entry, String format) {
    Map<String, String> raw = new HashMap<>();
    for (Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
      raw.put(f.getKey().getValue().toLowerCase(Locale.ROOT), f.getValue().toUserString());
    }
    String title = BibtexText.decode(raw.get("title"));
    if (title == null) {
      throw new BadRecordException("no title");
    }
    String abs = BibtexText.decode(raw.get("abstract"));
    Optional<ArxivId> arxiv = arxivId(raw);
    String primary = BibtexText.decode(raw.get("primaryclass"));
    String journal = BibtexText.decode(raw.getOrDefault("journal", raw.get("booktitle")));
    if (journal != null
        && (journal.regionMatches(true, 0, "arxiv", 0, 5) || journal.equals("CoRR"))) {
      journal = null; // "arXiv preprint arXiv:…" names the id, not a journal
    }
    return Paper.builder(arxiv.map(ArxivId::base).orElseGet(() -> ContentId.of(title, abs)))
        .version(arxiv.map(ArxivId::version).orElse(0))
        .title(title)
        .abstractText(abs)
        .authors(raw.containsKey("author") ? BibtexText.authors(raw.get("author")) : List.of())
        .categories(primary == null ? List.of() : List.of(primary))
        .submitted(date(raw))
        .doi(BibtexText.decode(raw.get("doi")))
        .journalRef(journal)
        .source(format)
        .build();
  }

  /**
   * {@code eprint} with {@code archivePrefix = arXiv} (or biblatex's {@code eprinttype}), else an
   * arXiv DOI, URL or {@code arXiv:} mention in the other fields.
   */
  static Optional<ArxivId> arxivId(Map<String, String> raw) {
    String eprint = BibtexText.decode(raw.get("eprint"));
    String prefix = raw.getOrDefault("archiveprefix", raw.get("eprinttype"));
    if (eprint != null && prefix != null && prefix.strip().equalsIgnoreCase("arxiv")) {
      return Optional.of(ArxivId.parse(eprint)); // stated as arXiv: a bad id is a bad entry
    }
    if (eprint != null && prefix == null) {
      Optional<ArxivId> id = ArxivId.find(eprint);
      if (id.isPresent()) {
        return id;
      }
    }
    String doi = BibtexText.decode(raw.get("doi"));
    if (doi != null && doi.toLowerCase(Locale.ROOT).startsWith(ARXIV_DOI)) {
      Optional<ArxivId> id = ArxivId.find(doi.substring(ARXIV_DOI.length()));
      if (id.isPresent()) {
        return id;
      }
    }
    String url = BibtexText.decode(raw.get("url"));
    if (url != null && url.contains("arxiv.org/")) {
      Optional<ArxivId> id = ArxivId.find(url);
      if (id.isPresent()) {
        return id;
      }
    }
    for (String field : new String[] {"journal", "note", "howpublished", "url", "eprint"}) {
      String v = raw.get(field);
      Optional<ArxivId> id = v == null ? Optional.empty() : ArxivId.findMention(v);
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  /** biblatex {@code date} (YYYY, YYYY-MM, YYYY-MM-DD), else {@code year} and {@code month}. */
  static LocalDate date(Map<String, String> raw) {
    try {
      String date = BibtexText.decode(raw.get("date"));
      if (date != null && date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        String[] p = date.split("-");
        return LocalDate.of(
            Integer.parseInt(p[0]),
            p.length > 1 ? Integer.parseInt(p[1]) : 1,
            p.length > 2 ? Integer.parseInt(p[2]) : 1);
      }
      String year = BibtexText.decode(raw.get("year"));
      if (year == null || !year.matches("\\d{4}")) {
        return null; // "in press", "forthcoming": no date rather than a bad entry
      }
      return LocalDate.of(Integer.parseInt(year), month(BibtexText.decode(raw.get("month"))), 1);
    } catch (DateTimeException e) {
      throw new BadRecordException("bad date: " + e.getMessage(), e);
    }
  }

  /** {@code jan}, {@code January} (jbibtex expands the macros), {@code 8}; 1 when unknown. */
  static int month(String m) {
    if (m == null) {
      return 1;
    }
    String s = m.strip().toLowerCase(Locale.ROOT);
    if (s.matches("\\d{1,2}")) {
      int n = Integer.parseInt(s);
      return n >= 1 && n <= 12 ? n : 1;
    }
    int i = s.length() >= 3 ? MONTHS.indexOf(s.substring(0, 3)) : -1;
    return i >= 0 && i % 3 == 0 ? i / 3 + 1 : 1;
  }
}
