package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperradar.recommend.Explanation;
import org.paperradar.recommend.FeedRequest;
import org.paperradar.recommend.PaperRecommender;
import org.paperradar.recommend.RecommendSettings;
import org.paperradar.recommend.Recommendation;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.Database;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar recommend NAME}: the reader's feed, each paper with why it was picked. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description =
        "New papers for a reader, best first, each with the reader's papers it is closest to and"
            + " the terms they share. Owned, rated, saved and seen papers are left out.")
final class RecommendCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Candidates announced on or after this day (default: the last 7 days).")
  LocalDate since;

  @Option(names = "-n", defaultValue = "10", description = "Number of papers (default 10).")
  int limit;

  @Option(names = "--diverse", description = "Re-rank for diversity (MMR).")
  boolean diverse;

  @Option(
      names = "--to-rate",
      description = "Instead: the papers the reader's model is least sure about (cold start).")
  boolean toRate;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1000) {
      throw new ParameterException(spec.commandLine(), "-n must be 1..1000, was " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = radar.openStore()) {
      User u = new UserStore(db).expectUser(name);
      PaperRecommender rec = new PaperRecommender(db, RecommendSettings.defaults());
      if (toRate) {
        ResultPrinter.print(rec.toRate(u.id(), limit), json, out);
        return RadarCli.OK;
      }
      List<Recommendation> feed =
          rec.feed(new FeedRequest(u.id(), Optional.ofNullable(since), limit, diverse));
      if (feed.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "no recommendations: seed the profile first (radar user seed "
                    + u.name()
                    + " …) or widen --since");
      }
      if (json) {
        printJson(out, feed);
      } else {
        printText(out, feed);
      }
    }
    return RadarCli.OK;
  }

  private static void printText(PrintWriter out, List<Recommendation> feed) {
    int rank = 1;
    for (Recommendation r : feed) {
      ScoredPaper s = r.scored();
      out.printf(
          Locale.ROOT,
          "%2d. %s  %s  [%.3f]%n    %s%n    why: %s%n",
          rank++,
          s.id(),
          s.paper().announced() == null ? "" : s.paper().announced(),
          s.score(),
          s.paper().title(),
          r.why().summary());
    }
  }

  private static void printJson(PrintWriter out, List<Recommendation> feed) throws Exception {
    ObjectMapper m = new ObjectMapper();
    ArrayNode arr = m.createArrayNode();
    for (Recommendation r : feed) {
      ObjectNode o = arr.addObject();
      o.put("id", r.id()).put("title", r.scored().paper().title()).put("score", r.scored().score());
      if (r.scored().paper().announced() != null) {
        o.put("announced", r.scored().paper().announced().toString());
      }
      ObjectNode parts = o.putObject("parts");
      r.scored().parts().forEach(p -> parts.put(p.name(), p.value()));
      ObjectNode why = o.putObject("why");
      ArrayNode close = why.putArray("closest");
      for (Explanation.Neighbour n : r.why().closest()) {
        close
            .addObject()
            .put("id", n.paperId())
            .put("title", n.title())
            .put("similarity", n.similarity());
      }
      ArrayNode terms = why.putArray("shared_terms");
      r.why().sharedTerms().forEach(terms::add);
    }
    out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
  }
}
