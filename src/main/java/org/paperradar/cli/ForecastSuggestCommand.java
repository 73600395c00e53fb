package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperradar.forecast.ConceptGraph;
import org.paperradar.forecast.DirectionSuggester;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.Relation;
import org.paperradar.store.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar forecast suggest}: a reader's concepts paired with the ones about to meet them. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Directions about to connect: a concept of the reader's papers and one not yet linked",
      "to it, most likely to link soon, with the papers behind both (needs forecast build)."
    })
final class ForecastSuggestCommand implements Callable<Integer> {
  @ParentCommand ForecastCommand forecast;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "USER",
      description = "A reader of the store: their own, liked and saved papers.")
  String user;

  @Option(names = "--ids", split = ",", paramLabel = "ID", description = "The reader's papers.")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "The reader's papers: the store's papers by this author (exact name).")
  String author;

  @Option(names = "-n", defaultValue = "10", description = "Directions (default ${DEFAULT-VALUE}).")
  int n;

  @Option(
      names = "--horizon-days",
      description = "How soon is soon (default: a year, or a quarter of the graph's span if less).")
  Integer horizonDays;

  @Option(names = "--min-degree", defaultValue = "5", description = "Default ${DEFAULT-VALUE}.")
  int minDegree;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ConceptGraph graph = ForecastTrendCommand.loadGraph(forecast);
    Set<String> reader = new LinkedHashSet<>(ids);
    try (Database db = forecast.radar.openStore()) {
      PaperDao papers = new PaperDao(db);
      if (user != null) {
        UserStore users = new UserStore(db);
        long id = users.expectUser(user).id();
        reader.addAll(users.papers(id, EnumSet.of(Relation.OWN, Relation.LIKE, Relation.SAVE)));
      }
      if (author != null) {
        papers.forEach(
            p -> {
              if (p.authors().stream().anyMatch(a -> a.equalsIgnoreCase(author.strip()))) {
                reader.add(p.id());
              }
            });
      }
      if (reader.isEmpty()) {
        throw new IllegalArgumentException(
            "no papers for the reader: give a USER with papers, --ids or --author");
      }
      int horizon = horizonDays != null ? horizonDays : defaultHorizon(graph);
      var directions = new DirectionSuggester(graph, horizon, minDegree).suggest(reader, n);
      print(spec.commandLine().getOut(), directions, papers);
    }
    return RadarCli.OK;
  }

  static int defaultHorizon(ConceptGraph g) {
    return DirectionSuggester.defaultHorizon(g);
  }

  private void print(PrintWriter out, List<DirectionSuggester.Direction> ds, PaperDao papers)
      throws Exception {
    if (json) {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ArrayNode a = m.createArrayNode();
      for (var d : ds) {
        ObjectNode o = a.addObject();
        o.put("own_concept", d.ownConcept()).put("other_concept", d.otherConcept());
        o.put("probability", d.probability());
        papersJson(o.putArray("own_papers"), d.ownPapers(), papers);
        papersJson(o.putArray("other_papers"), d.otherPapers(), papers);
      }
      out.println(m.writeValueAsString(a));
    } else if (ds.isEmpty()) {
      out.println("no directions: the reader's papers have no linked concepts in the graph");
    } else {
      for (var d : ds) {
        out.printf(
            Locale.ROOT, "%.3f  %s  →  %s%n", d.probability(), d.ownConcept(), d.otherConcept());
        d.ownPapers().forEach(id -> out.println("    yours: " + line(id, papers)));
        d.otherPapers().forEach(id -> out.println("    there: " + line(id, papers)));
      }
    }
    out.flush();
  }

  private static String line(String id, PaperDao papers) {
    return id + "  " + papers.findPaper(id).map(Paper::title).orElse("");
  }

  private static void papersJson(ArrayNode a, List<String> ids, PaperDao papers) {
    for (String id : ids) {
      a.addObject().put("id", id).put("title", papers.findPaper(id).map(Paper::title).orElse(""));
    }
  }
}
