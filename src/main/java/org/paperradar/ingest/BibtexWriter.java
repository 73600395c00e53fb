package org.paperradar.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * Exports papers as BibTeX {@code @misc} entries in the style of arXiv's own export, with keys like
 * {@code park2025simulation}, unique within one writer. Text is escaped so that {@link
 * BibtexSource} reads back exactly what was written.
 */
public final class BibtexWriter {
  private static final Set<String> STOP_WORDS =
      Set.of("a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "is", "are", "via");
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private final Appendable out;
  private final Set<String> keys = new HashSet<>();

  public BibtexWriter(Appendable out) {
    this.out = out;
  }

  /** All papers as one BibTeX text. */
  public static String format(Iterable<Paper> papers) {
    StringBuilder sb = new StringBuilder();
    BibtexWriter w = new BibtexWriter(sb);
    try {
      for (Paper p : papers) {
        w.write(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws
    }
    return sb.toString();
  }

  /** Writes one entry and returns its key. */
  public String write(Paper p) throws IOException {
    String key = uniqueKey(baseKey(p));
    LocalDate date = p.date();
    boolean arxiv = !p.isLocal();
    out.append("@misc{").append(key).append(",\n");
    field("title", p.title());
    if (!p.authors().isEmpty()) {
      String names = String.join(" and ", p.authors().stream().map(BibtexWriter::name).toList());
      out.append("  author = {").append(names).append("},\n"); // names are escaped one by one
    }
    int year = year(p);
    if (year > 0) {
      out.append("  year = {").append(Integer.toString(year)).append("},\n");
    }
    if (date != null) {
      out.append("  month = ").append(MONTHS[date.getMonthValue() - 1]).append(",\n");
    }
    if (arxiv) {
      out.append("  eprint = {").append(BibtexText.escape(p.id())).append("},\n");
      out.append("  archivePrefix = {arXiv},\n");
      field("primaryClass", p.primaryCategory());
    }
    field("doi", p.doi());
    field("journal", p.journalRef());
    field("abstract", p.abstractText());
    if (arxiv) {
      field("url", ArxivId.parse(p.id()).absUrl());
    }
    out.append("}\n\n");
    return key;
  }

  private void field(String name, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.append("  ").append(name).append(" = {").append(BibtexText.escape(value)).append("},\n");
    }
  }

  /** Braces keep a name with a comma or " and " in it one name. */
  private static String name(String n) {
    String lower = n.toLowerCase(Locale.ROOT);
    boolean protect = n.indexOf(',') >= 0 || lower.contains(" and ") || lower.equals("others");
    String e = BibtexText.escape(n);
    return protect ? "{" + e + "}" : e;
  }

  private String uniqueKey(String base) {
    String key = base;
    for (int i = 0; !keys.add(key); i++) {
      key = base + suffix(i);
    }
    return key;
  }

  /** a..z, then aa, ab, …: the convention of Google Scholar and most managers. */
  private static String suffix(int i) {
    return i < 26 ? String.valueOf((char) ('a' + i)) : suffix(i / 26 - 1) + suffix(i % 26);
  }

  /** First author's last name, year, first significant title word: {@code park2025simulation}. */
  static String baseKey(Paper p) {
    String author = "";
    if (!p.authors().isEmpty()) {
      String[] parts = p.authors().get(0).strip().split("\\s+");
      author = ascii(parts[parts.length - 1]);
    }
    String word = "";
    for (String w : p.title().split("[\\s\\-:]+")) {
      String a = ascii(w);
      if (!a.isEmpty() && !STOP_WORDS.contains(a)) {
        word = a;
        break;
      }
    }
    int year = year(p);
    String key = (author.isEmpty() ? "anon" : author) + (year > 0 ? year : "") + word;
    return key;
  }

  /** The paper's date's year, else the year its arXiv id was assigned. */
  static int year(Paper p) {
    if (p.date() != null) {
      return p.date().getYear();
    }
    if (p.isLocal()) {
      return 0;
    }
    String id = p.id();
    int slash = id.indexOf('/');
    int yy = Integer.parseInt(slash >= 0 ? id.substring(slash + 1, slash + 3) : id.substring(0, 2));
    return yy >= 91 ? 1900 + yy : 2000 + yy;
  }

  private static String ascii(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
