package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperradar.forecast.ConceptGraph;
import org.paperradar.forecast.ConceptMatcher;
import org.paperradar.forecast.ConceptTrend;
import org.paperradar.forecast.GraphFile;
import org.paperradar.forecast.TrendChartSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code radar forecast trend CONCEPT}: papers per month or year, as text, JSON or an SVG chart.
 */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = "A concept's papers per period (needs forecast build).")
final class ForecastTrendCommand implements Callable<Integer> {
  @ParentCommand ForecastCommand forecast;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONCEPT", description = "A concept, in any spelling.")
  String concept;

  @Option(names = "--yearly", description = "Per year (default: per month).")
  boolean yearly;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also write the chart as SVG.")
  Path svg;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ConceptGraph g = loadGraph(forecast);
    int id =
        ConceptMatcher.of(g.concepts())
            .findConcept(concept)
            .orElseThrow(() -> new IllegalArgumentException("no concept '" + concept + "'"));
    ConceptTrend t =
        ConceptTrend.of(g, id, yearly ? ConceptTrend.Step.YEAR : ConceptTrend.Step.MONTH);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ObjectNode o = m.createObjectNode().put("concept", t.concept());
      ArrayNode a = o.putArray("points");
      t.points()
          .forEach(
              p ->
                  a.addObject()
                      .put("period", p.period())
                      .put("papers", p.papers())
                      .put("all_papers", p.allPapers()));
      out.println(m.writeValueAsString(o));
    } else {
      out.printf(Locale.ROOT, "%s: %,d papers%n", t.concept(), t.totalPapers());
      t.points()
          .forEach(
              p ->
                  out.printf(
                      Locale.ROOT, "  %-8s %6d  of %,d%n", p.period(), p.papers(), p.allPapers()));
    }
    if (svg != null) {
      Files.writeString(svg, TrendChartSvg.render(t, 640, 240));
    }
    out.flush();
    return RadarCli.OK;
  }

  /** The built graph of the data folder, or a message saying how to build it. */
  static ConceptGraph loadGraph(ForecastCommand forecast) throws IOException {
    Optional<GraphFile.Saved> saved =
        GraphFile.find(forecast.dir().resolve(ForecastBuildCommand.GRAPH_FILE));
    return saved
        .orElseThrow(
            () -> new IllegalStateException("no concept graph yet: run radar forecast build"))
        .graph();
  }
}
