package org.paperradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.Paper;

/**
 * A Hugging Face Daily Papers page copied from the browser: header lines, the page date ({@code Dec
 * 16}), then per card a title, the abstract, {@code • 6 authors}, {@code ·} and the paper's date
 * with optional upvotes ({@code May 15 2}, {@code Apr 2}, {@code Jun 15, 2023}). Year-less dates
 * are read relative to the page date, itself relative to a reference day.
 */
public final class HuggingFacePageSource implements PaperSource {
  public static final String FORMAT = "hf-page";

  static final Pattern AUTHORS = Pattern.compile("•\\s*(\\d{1,6})\\s+authors?");
  // Applied to short stripped lines only, so it never scans a long paragraph.
  static final Pattern DATE =
      Pattern.compile(
          "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})"
              + "(?:,\\s*(\\d{4}))?(?:\\s+(\\d{1,7}))?");
  private static final int MAX_DATE_LINE = 40;
  private static final Set<String> HEADER =
      Set.of("new", "subscribe", "daily papers", "get trending papers in your email inbox!");

  private final LocalDate reference;

  public HuggingFacePageSource() {
    this(LocalDate.now(ZoneOffset.UTC));
  }

  /** {@code reference}: the day the page was copied (at or after the page date). */
  public HuggingFacePageSource(LocalDate reference) {
    this.reference = reference;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    if (!head.contains("Daily Papers")) {
      return false;
    }
    for (String line : head.split("\n", -1)) {
      String s = line.strip();
      if (s.length() < MAX_DATE_LINE && AUTHORS.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void read(InputStream in, String origin, IngestSink sink) throws IOException {
    Parser parser = new Parser(origin, sink);
    LineReader.forEachLine(
        in, parser::line, (number, reason) -> sink.reject(Reject.atLine(origin, number, reason)));
    parser.finish();
  }

  /** A paragraph of the page and the line it starts on. */
  private record Para(long line, String text) {}

  /** A card read up to its author line, waiting for its date line. */
  private record Card(long line, String title, String abstractText, int authors) {}

  private final class Parser {
    private final String origin;
    private final IngestSink sink;
    private final List<Para> paras = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long currentLine;
    private LocalDate pageDay = reference;
    private Card pending;

    Parser(String origin, IngestSink sink) {
      this.origin = origin;
      this.sink = sink;
    }

    void line(long number, String text) {
      String s = text.strip();
      if (pending != null) {
        if (s.isEmpty() || s.equals("·")) {
          return;
        }
        Matcher d = s.length() < MAX_DATE_LINE ? DATE.matcher(s) : null;
        if (d != null && d.matches()) {
          emit(number, d);
          return;
        }
        emit(number, null); // no date line: this line already belongs to the next card
      }
      if (s.isEmpty()) {
        closeParagraph();
        return;
      }
      Matcher a = s.length() < MAX_DATE_LINE ? AUTHORS.matcher(s) : null;
      if (a != null && a.matches()) {
        closeParagraph();
        card(number, Integer.parseInt(a.group(1)));
        return;
      }
      if (current.length() == 0) {
        currentLine = number;
      } else {
        current.append(' ');
      }
      current.append(s);
    }

    void finish() {
      if (pending != null) {
        emit(pending.line(), null);
      }
    }

    private void closeParagraph() {
      if (current.length() > 0) {
        paras.add(new Para(currentLine, current.toString()));
        current.setLength(0);
      }
    }

    /** Drops header lines and the page date; the first paragraph left is the title. */
    private void card(long authorLine, int authors) {
      List<Para> body = new ArrayList<>();
      for (Para p : paras) {
        Matcher d = p.text().length() < MAX_DATE_LINE ? DATE.matcher(p.text()) : null;
        if (d != null && d.matches() && d.group(4) == null) {
          pageDay(p.line(), d);
        } else if (!isHeader(p.text())) {
          body.add(p);
        }
      }
      paras.clear();
      if (body.isEmpty()) {
        sink.reject(Reject.atLine(origin, authorLine, "paper card without a title"));
        return;
      }
      StringBuilder abs = new StringBuilder();
      for (Para p : body.subList(1, body.size())) {
        abs.append(abs.length() > 0 ? " " : "").append(p.text());
      }
      pending =
          new Card(body.get(0).line(), body.get(0).text(), Texts.clean(abs.toString()), authors);
    }

    private void pageDay(long line, Matcher d) {
      try {
        MonthDay md = monthDay(d);
        if (d.group(3) != null) {
          pageDay = md.atYear(Integer.parseInt(d.group(3)));
        } else {
          LocalDate guess = md.atYear(reference.getYear());
          pageDay = guess.isAfter(reference) ? md.atYear(reference.getYear() - 1) : guess;
        }
      } catch (DateTimeException e) {
        sink.reject(Reject.atLine(origin, line, "bad page date '" + d.group() + "'"));
      }
    }

    private void emit(long dateLine, Matcher d) {
      Card c = pending;
      pending = null;
      LocalDate date = null;
      int upvotes = 0;
      if (d != null) {
        try {
          MonthDay md = monthDay(d);
          if (d.group(3) != null) {
            date = md.atYear(Integer.parseInt(d.group(3)));
          } else {
            date = md.atYear(pageDay.getYear());
            date = date.isAfter(pageDay) ? md.atYear(pageDay.getYear() - 1) : date;
          }
          upvotes = d.group(4) == null ? 0 : Integer.parseInt(d.group(4));
        } catch (DateTimeException e) {
          sink.reject(Reject.atLine(origin, dateLine, "bad date '" + d.group() + "'"));
          return;
        }
      }
      Paper p =
          Paper.builder(ContentId.of(c.title(), c.abstractText()))
              .title(Texts.clean(c.title()))
              .abstractText(c.abstractText())
              .authorCount(c.authors())
              .upvotes(upvotes)
              .submitted(date)
              .source(FORMAT)
              .build();
      Optional<String> problem = PaperValidator.problem(p);
      if (problem.isPresent()) {
        sink.reject(Reject.atLine(origin, c.line(), problem.get()));
      } else {
        sink.accept(p, c.line());
      }
    }
  }

  private static MonthDay monthDay(Matcher d) {
    int month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(d.group(1)) / 3 + 1;
    return MonthDay.of(month, Integer.parseInt(d.group(2)));
  }

  private static boolean isHeader(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return HEADER.contains(t) || t.startsWith("get trending papers") || t.startsWith("byak ");
  }
}
