package org.paperradar.forecast;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.paperradar.ingest.IngestSink;
import org.paperradar.ingest.PaperFiles;
import org.paperradar.ingest.Reject;
import org.paperradar.paper.Paper;

/**
 * Turns papers into a {@link ConceptGraph}: concepts from title and abstract, dated by the paper.
 */
public final class GraphBuilder {
  private final ConceptMatcher matcher;
  private final ConceptGraph graph;
  private long undated;

  public GraphBuilder(ConceptMatcher matcher) {
    this(matcher, new ConceptGraph(matcher.names()));
  }

  /** Continues an existing graph whose concepts are the matcher's. */
  public GraphBuilder(ConceptMatcher matcher, ConceptGraph graph) {
    if (graph.nodeCount() != matcher.size()) {
      throw new IllegalArgumentException("the graph's concepts are not the matcher's");
    }
    this.matcher = matcher;
    this.graph = graph;
  }

  /** The text concepts are found in: title, then abstract, with a sentence break between. */
  public static String text(Paper p) {
    return p.title() + ". " + p.abstractText();
  }

  /** Adds a paper; one without any date cannot be placed in time and is skipped. */
  public void add(Paper p) {
    LocalDate date = p.date();
    if (date == null) {
      undated++;
      return;
    }
    graph.addPaper(p.id(), (int) date.toEpochDay(), matcher.match(text(p)));
  }

  public ConceptGraph graph() {
    return graph;
  }

  public long undated() {
    return undated;
  }

  /** Every good record of a paper file (any format {@code radar ingest} reads). */
  public static void forEachPaper(Path file, Consumer<Paper> consumer) throws IOException {
    PaperFiles.read(
        file,
        null,
        new IngestSink() {
          @Override
          public void accept(Paper paper, long position) {
            consumer.accept(paper);
          }

          @Override
          public void reject(Reject reject) {
            // Bad records are skipped, as ingest does; they are not this tool's business.
          }
        });
  }

  /**
   * Keyphrase concepts of a paper file, learnt from its papers dated before {@code before} only
   * (null: all), so an evaluation's concepts carry nothing of its test period.
   */
  public static Keyphrases keyphrases(Path file, LocalDate before) throws IOException {
    Keyphrases k = new Keyphrases();
    forEachPaper(
        file,
        p -> {
          if (p.date() != null && (before == null || p.date().isBefore(before))) {
            k.add(text(p));
          }
        });
    return k;
  }
}
