package org.paperradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperradar.forecast.ConceptGraph;
import org.paperradar.forecast.ConceptMatcher;
import org.paperradar.forecast.GraphBuilder;
import org.paperradar.forecast.GraphFile;
import org.paperradar.forecast.Keyphrases;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code radar forecast build}: the concept graph of the store's papers, brought up to date with
 * the papers changed since the last build; or, with {@code --corpus}, of a paper file (a
 * benchmark).
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build or update the concept co-occurrence graph of the store's papers (only papers",
      "changed since the last build). Concepts: --concepts FILE, else the list kept in",
      "DATA/forecast/concepts.txt, else keyphrases learnt from the store at the first build."
    })
final class ForecastBuildCommand implements Callable<Integer> {
  static final String GRAPH_FILE = "graph.bin";

  @ParentCommand ForecastCommand forecast;
  @Spec CommandSpec spec;

  @Option(names = "--concepts", paramLabel = "FILE", description = "Concept list, one a line.")
  Path concepts;

  @Option(names = "--rebuild", description = "Start over instead of updating.")
  boolean rebuild;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "Build from this paper file instead of the store (timing only, unless --out).")
  Path corpus;

  @Option(names = "--out", paramLabel = "FILE", description = "With --corpus: save the graph here.")
  Path out;

  @Override
  public Integer call() throws Exception {
    return corpus != null ? fromFile() : fromStore();
  }

  private int fromFile() throws Exception {
    if (concepts == null) {
      throw new IllegalArgumentException("--corpus needs --concepts FILE");
    }
    long t = System.nanoTime();
    List<String> list = ForecastCommand.lines(concepts);
    ConceptMatcher matcher = ConceptMatcher.of(list);
    double matcherSeconds = seconds(t);
    GraphBuilder b = new GraphBuilder(matcher);
    GraphBuilder.forEachPaper(corpus, b::add);
    ConceptGraph g = b.graph();
    double total = seconds(t);
    if (out != null) {
      GraphFile.write(out, new GraphFile.Saved(g, GraphFile.fingerprint(list), Optional.empty()));
    }
    report(g, g.paperCount(), total, matcherSeconds, seconds(t) - total);
    return RadarCli.OK;
  }

  private int fromStore() throws Exception {
    long t = System.nanoTime();
    Path dir = forecast.dir();
    Path kept = dir.resolve(ForecastCommand.CONCEPTS_FILE);
    Path graphFile = dir.resolve(GRAPH_FILE);
    try (Database db = forecast.radar.openStore()) {
      PaperDao papers = new PaperDao(db);
      if (concepts != null) {
        ForecastCommand.writeLines(kept, ForecastCommand.lines(concepts));
      } else if (!Files.isRegularFile(kept)) {
        Keyphrases k = new Keyphrases();
        papers.forEach(p -> k.add(GraphBuilder.text(p)));
        ForecastCommand.writeLines(kept, k.concepts(5, 0.05, 1, 50_000));
      }
      List<String> list = ForecastCommand.lines(kept);
      String fingerprint = GraphFile.fingerprint(list);
      ConceptMatcher matcher = ConceptMatcher.of(list);
      Optional<GraphFile.Saved> saved = rebuild ? Optional.empty() : GraphFile.find(graphFile);
      if (saved.isPresent() && !saved.get().fingerprint().equals(fingerprint)) {
        saved = Optional.empty(); // another concept list: every paper must be matched again
      }
      Instant after = saved.flatMap(GraphFile.Saved::watermark).orElse(null);
      GraphBuilder b =
          saved.isPresent()
              ? new GraphBuilder(matcher, saved.get().graph())
              : new GraphBuilder(matcher);
      Optional<Instant> newest =
          papers.maxLastChanged(); // read first: later changes come next time
      long[] added = new long[1];
      papers.forEachChangedAfter(
          after,
          p -> {
            b.add(p);
            added[0]++;
          });
      ConceptGraph g = b.graph();
      double built = seconds(t);
      if (added[0] > 0 || saved.isEmpty()) {
        GraphFile.write(
            graphFile,
            new GraphFile.Saved(g, fingerprint, newest.or(() -> Optional.ofNullable(after))));
      }
      report(g, added[0], built, 0, seconds(t) - built);
    }
    return RadarCli.OK;
  }

  private void report(ConceptGraph g, long read, double built, double matcher, double saved) {
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "graph: %,d concepts, %,d edges, %,d papers (%,d read now); built in %.1f s%s%s%n",
        g.nodeCount(),
        g.edgeCount(),
        g.paperCount(),
        read,
        built,
        matcher > 0 ? String.format(Locale.ROOT, " (matcher %.1f s)", matcher) : "",
        saved > 0.05 ? String.format(Locale.ROOT, ", saved in %.1f s", saved) : "");
    o.flush();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
