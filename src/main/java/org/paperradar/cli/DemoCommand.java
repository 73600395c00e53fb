package org.paperradar.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paperradar.ingest.IngestReport;
import org.paperradar.ingest.Ingester;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code radar demo}: loads the bundled slice of real arXiv data (3,292 cs papers announced
 * 2026-06-16 to 2026-07-01) so a fresh clone works without {@code ../shared}, then shows stats.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Load the bundled demo papers (once) and show the store's stats.")
final class DemoCommand implements Callable<Integer> {
  static final String RESOURCE = "/demo/arxiv-demo.jsonl.gz";

  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  /**
   * Imports the demo data with a progress bar and indexes it when the store has no papers yet;
   * returns whether it did.
   */
  static boolean importIfEmpty(RadarCli radar, Database db, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    if (new PaperDao(db).count() > 0) {
      return false;
    }
    out.println("Empty store: importing the bundled demo data ...");
    out.flush();
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE);
        Progress p = Progress.of("demo import", 3292, " papers", 1, radar.quiet, System.err)) {
      IngestReport r =
          new Ingester(db, 2000)
              .ingest(
                  in,
                  "demo:arxiv-demo.jsonl.gz",
                  "resource:" + RESOURCE,
                  null,
                  (bytes, n) -> p.stepTo(n, null));
      IngestCommand.printReport(r, out, err);
    }
    Indexing.sync(radar, db, out, false);
    return true;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = radar.openStore()) {
      if (!importIfEmpty(radar, db, out, spec.commandLine().getErr())) {
        out.println("The store already has papers; not importing the demo data again.");
      }
      StatsCommand.print(db, out, false);
    }
    return RadarCli.OK;
  }
}
