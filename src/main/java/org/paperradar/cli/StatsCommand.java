package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.store.Database;
import org.paperradar.store.IngestRuns;
import org.paperradar.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar stats [--json]}: what the store holds and the last ingest runs. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show what the store holds.")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Database db = radar.openStore()) {
      print(db, spec.commandLine().getOut(), json);
    }
    return RadarCli.OK;
  }

  static void print(Database db, PrintWriter out, boolean json) throws java.io.IOException {
    StoreStats s = StoreStats.of(db);
    String where = db.url();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(toJson(s, where)));
    } else {
      out.printf(Locale.ROOT, "store:           %s%n", where);
      out.printf(Locale.ROOT, "papers:          %,d%n", s.papers());
      out.printf(Locale.ROOT, "authors:         %,d%n", s.authors());
      out.printf(
          Locale.ROOT,
          "pasted (local):  %,d (%,d matched to arXiv)%n",
          s.localPapers(),
          s.matchedLocalPapers());
      out.printf(Locale.ROOT, "announced:       %s .. %s%n", s.firstAnnounced(), s.lastAnnounced());
      out.println("top categories:  " + s.topCategories());
      out.println("recent runs:");
      for (IngestRuns.Run r : s.recentRuns()) {
        out.printf(
            Locale.ROOT,
            "  #%d %s [%s] %s: read %,d, added %,d, updated %,d, unchanged %,d, rejected %,d%n",
            r.id(),
            r.startedAt(),
            r.format(),
            r.status(),
            r.counts().read(),
            r.counts().added(),
            r.counts().updated(),
            r.counts().unchanged(),
            r.counts().rejected());
      }
    }
    out.flush();
  }

  private static ObjectNode toJson(StoreStats s, String where) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode o = m.createObjectNode();
    o.put("papers", s.papers());
    o.put("authors", s.authors());
    o.put("local_papers", s.localPapers());
    o.put("local_papers_matched", s.matchedLocalPapers());
    o.put("first_announced", s.firstAnnounced());
    o.put("last_announced", s.lastAnnounced());
    o.put("store", where);
    ObjectNode cats = o.putObject("top_categories");
    s.topCategories().forEach(cats::put);
    ArrayNode runs = o.putArray("recent_runs");
    for (IngestRuns.Run r : s.recentRuns()) {
      ObjectNode j = runs.addObject();
      j.put("id", r.id());
      j.put("source", r.source());
      j.put("format", r.format());
      j.put("status", r.status());
      j.put("started_at", r.startedAt());
      j.put("finished_at", r.finishedAt());
      j.put("read", r.counts().read());
      j.put("added", r.counts().added());
      j.put("updated", r.counts().updated());
      j.put("unchanged", r.counts().unchanged());
      j.put("rejected", r.counts().rejected());
    }
    return o;
  }
}
