package org.paperradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.ContentId;
import org.paperradar.paper.InvalidArxivIdException;
import org.paperradar.paper.Paper;

/**
 * Text a user pastes: an author's arXiv listing (abstract paragraph, optional comment paragraphs,
 * {@code arXiv:ID}, {@code Created: YYYY-MM-DD}), abstracts copied from abstract pages ({@code
 * Abstract:…}, any number per line), or a mix. Papers without an id get a content id.
 */
public final class PastedListingSource implements PaperSource {
  public static final String FORMAT = "pasted";
  static final String LABEL = "Abstract:";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    boolean id = false;
    boolean created = false;
    for (String line : head.split("\n", -1)) {
      String s = line.strip();
      if (s.startsWith(LABEL)) {
        return true;
      }
      id |= isIdLine(s);
      created |= s.startsWith("Created:");
    }
    return id && created;
  }

  @Override
  public void read(InputStream in, String origin, IngestSink sink) throws IOException {
    Parser parser = new Parser(origin, sink);
    LineReader.forEachLine(
        in, parser::line, (number, reason) -> sink.reject(Reject.atLine(origin, number, reason)));
    parser.flush();
  }

  private static boolean isIdLine(String stripped) {
    return stripped.regionMatches(true, 0, "arXiv:", 0, 6);
  }

  /** Line-driven state machine; one {@link Block} is open at a time. */
  private static final class Parser {
    private final String origin;
    private final IngestSink sink;
    private Block block;

    Parser(String origin, IngestSink sink) {
      this.origin = origin;
      this.sink = sink;
    }

    void line(long number, String text) {
      String s = text.strip();
      if (s.isEmpty()) {
        if (block != null) {
          block.paragraphBreak();
        }
      } else if (isIdLine(s)) {
        if (block != null && (block.id != null || block.problem != null)) {
          flush(); // a second id: the previous block had no Created: line
        }
        open(number).id(number, s.substring(6).strip());
      } else if (s.startsWith("Created:")) {
        open(number).created(number, s.substring(8).strip());
        flush(); // "Created:" closes a listing block
      } else {
        text(number, s);
      }
    }

    /** Plain text, possibly holding several "Abstract:" labels that each start a paper. */
    private void text(long number, String s) {
      int at = s.indexOf(LABEL);
      String before = at < 0 ? s : s.substring(0, at);
      if (!before.isBlank()) {
        if (block != null && block.acceptsText()) {
          block.text(before);
        } else {
          flush();
          block = new Block(number, false);
          block.text(before);
        }
      }
      while (at >= 0) {
        int next = s.indexOf(LABEL, at + LABEL.length());
        flush();
        block = new Block(number, true);
        block.text(s.substring(at + LABEL.length(), next < 0 ? s.length() : next));
        at = next;
      }
    }

    private Block open(long number) {
      if (block == null) {
        block = new Block(number, false);
      }
      return block;
    }

    void flush() {
      if (block == null) {
        return;
      }
      Block b = block;
      block = null;
      if (b.problem != null) {
        sink.reject(Reject.atLine(origin, b.problemLine, b.problem));
        return;
      }
      String abs = b.abstractText();
      if (abs == null) {
        sink.reject(Reject.atLine(origin, b.start, "no abstract text before the arXiv id"));
        return;
      }
      if (b.id == null && !b.labelled) {
        sink.reject(
            Reject.atLine(origin, b.start, "text without an arXiv: id or an Abstract: label"));
        return;
      }
      Paper paper =
          Paper.builder(b.id != null ? b.id.base() : ContentId.of(null, abs))
              .version(b.id != null ? b.id.version() : 0)
              .abstractText(abs)
              .comment(b.comment())
              .submitted(b.created)
              .source(FORMAT)
              .build();
      var problem = PaperValidator.problem(paper);
      if (problem.isPresent()) {
        sink.reject(Reject.atLine(origin, b.start, problem.get()));
      } else {
        sink.accept(paper, b.start);
      }
    }
  }

  /**
   * One paper being collected. The first paragraph is the abstract; later paragraphs before the id
   * are the listing's comment ("18 pages, 2 figures"). A labelled abstract is one paragraph only,
   * so text after its blank line starts the next paper, as does text after an id.
   */
  private static final class Block {
    final long start;
    final boolean labelled;
    final List<StringBuilder> paragraphs = new ArrayList<>();
    boolean inBreak;
    ArxivId id;
    LocalDate created;
    String problem;
    long problemLine;

    Block(long start, boolean labelled) {
      this.start = start;
      this.labelled = labelled;
    }

    boolean acceptsText() {
      return id == null && created == null && problem == null && !(labelled && inBreak);
    }

    void paragraphBreak() {
      inBreak = !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).length() > 0;
    }

    void text(String s) {
      if (s.isBlank()) {
        return; // a bare "Abstract:" label: its text follows
      }
      if (inBreak || paragraphs.isEmpty()) {
        paragraphs.add(new StringBuilder());
        inBreak = false;
      }
      StringBuilder p = paragraphs.get(paragraphs.size() - 1);
      p.append(p.length() > 0 ? " " : "").append(s);
    }

    String abstractText() {
      return paragraphs.isEmpty() ? null : Texts.clean(paragraphs.get(0).toString());
    }

    String comment() {
      List<String> rest = new ArrayList<>();
      for (StringBuilder p :
          paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
        String c = Texts.clean(p.toString());
        if (c != null) {
          rest.add(c);
        }
      }
      return rest.isEmpty() ? null : String.join("; ", rest);
    }

    void id(long line, String token) {
      String first = token.isEmpty() ? token : token.split("\\s+", 2)[0];
      try {
        id = ArxivId.parse(first);
      } catch (InvalidArxivIdException e) {
        fail(line, e.getMessage());
      }
    }

    void created(long line, String date) {
      try {
        created = Dates.iso(date);
        if (created == null) {
          fail(line, "empty Created: date");
        }
      } catch (BadRecordException e) {
        fail(line, "Created: " + e.getMessage());
      }
    }

    private void fail(long line, String reason) {
      if (problem == null) {
        problem = reason;
        problemLine = line;
      }
    }
  }
}
