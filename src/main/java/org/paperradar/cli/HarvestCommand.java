package org.paperradar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperradar.ingest.ApiOptions;
import org.paperradar.ingest.ArxivApiHarvester;
import org.paperradar.ingest.HarvestListener;
import org.paperradar.ingest.HarvestReport;
import org.paperradar.ingest.HttpSettings;
import org.paperradar.ingest.OaiHarvester;
import org.paperradar.ingest.OaiOptions;
import org.paperradar.ingest.Reject;
import org.paperradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code radar harvest arxiv --categories cs.LG,cs.CL --from 2025-01-01}: fetches papers from arXiv
 * over OAI-PMH (default) or the export API into the store. Runs are resumable and, once complete,
 * incremental: run the same command again to fetch what changed.
 */
@Command(
    name = "harvest",
    mixinStandardHelpOptions = true,
    description = {
      "Harvest papers from arXiv into the store (OAI-PMH by default, or the export API).",
      "An interrupted harvest resumes where it stopped; a finished one, run again, fetches only"
          + " what changed since."
    })
final class HarvestCommand implements Callable<Integer> {
  // Same exit codes as the rest of the radar command line.
  static final int OK = 0;
  static final int ERROR = 1;
  static final int REJECTS = 3;

  /** Which arXiv interface to use. */
  enum Via {
    oai,
    api
  }

  @Parameters(index = "0", paramLabel = "SOURCE", description = "What to harvest: arxiv.")
  String source;

  @Option(
      names = "--categories",
      split = ",",
      required = true,
      paramLabel = "CAT",
      description = "arXiv categories to keep, e.g. cs.LG,cs.CL.")
  List<String> categories;

  @Option(names = "--from", paramLabel = "DATE", description = "First date (YYYY-MM-DD).")
  String from;

  @Option(names = "--until", paramLabel = "DATE", description = "Last date (YYYY-MM-DD).")
  String until;

  @Option(
      names = "--via",
      defaultValue = "oai",
      description = "oai (OAI-PMH, for bulk and incremental runs) or api (export API).")
  Via via;

  @Option(names = "--base-url", paramLabel = "URL", description = "Endpoint to use instead.")
  URI baseUrl;

  @Option(
      names = "--delay-ms",
      defaultValue = "3000",
      description = "Pause between requests (default ${DEFAULT-VALUE}, as arXiv asks).")
  long delayMs;

  @Option(
      names = "--metadata-prefix",
      defaultValue = "arXiv",
      description = "OAI metadata format: arXiv or arXivRaw (default ${DEFAULT-VALUE}).")
  String metadataPrefix;

  @Option(names = "--page-size", defaultValue = "200", description = "API results per request.")
  int pageSize;

  @Option(names = "--max-tries", defaultValue = "5", description = "Tries per request.")
  int maxTries;

  @ParentCommand RadarCli radar;

  @Override
  public Integer call() {
    try (Database db = radar.openStore()) {
      return run(db, System.out, System.err);
    }
  }

  /** Runs the harvest into {@code db}; returns the exit code. */
  public int run(Database db, PrintStream out, PrintStream err) {
    if (!"arxiv".equalsIgnoreCase(source)) {
      err.println("radar harvest: unknown source '" + source + "' (known: arxiv)");
      return ERROR;
    }
    try {
      LocalDate lo = date(from);
      LocalDate hi = date(until);
      Set<String> cats = Set.copyOf(categories);
      HttpSettings http =
          HttpSettings.polite(Duration.ofMillis(delayMs))
              .withRetries(maxTries, Duration.ofSeconds(5));
      HarvestReport r;
      try (Bar bar = new Bar(radar == null || radar.quiet, err)) {
        if (via == Via.api) {
          ApiOptions o = ApiOptions.forCategories(cats, lo, hi).withPageSize(pageSize);
          r =
              new ArxivApiHarvester(db, http, bar)
                  .harvest(baseUrl == null ? o : o.withBaseUrl(baseUrl));
        } else {
          OaiOptions o = OaiOptions.forCategories(cats, lo, hi).withMetadataPrefix(metadataPrefix);
          r = new OaiHarvester(db, http, bar).harvest(baseUrl == null ? o : o.withBaseUrl(baseUrl));
        }
      }
      print(r, out, err);
      return r.counts().rejected() > 0 ? REJECTS : OK;
    } catch (IOException | IllegalArgumentException e) {
      err.println("radar harvest: " + e.getMessage());
      return ERROR;
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + s, e);
    }
  }

  static void print(HarvestReport r, PrintStream out, PrintStream err) {
    var c = r.counts();
    out.printf(
        Locale.ROOT,
        "%s: %d pages, %,d records (%,d deleted, %,d other categories): added %,d, updated %,d,"
            + " unchanged %,d, rejected %,d in %.1f s%s%s%n",
        r.name(),
        r.pages(),
        r.records(),
        r.deleted(),
        r.filtered(),
        c.added(),
        c.updated(),
        c.unchanged(),
        c.rejected(),
        r.elapsed().toMillis() / 1000.0,
        r.resumed() ? ", resumed" : "",
        r.complete() ? "" : ", NOT complete");
    for (Reject rej : r.rejects()) {
      err.println("rejected " + rej);
    }
    if (c.rejected() > r.rejects().size()) {
      err.printf(
          Locale.ROOT,
          "... and %,d more rejects (stored with ingest run %d)%n",
          c.rejected() - r.rejects().size(),
          r.runId());
    }
  }

  /** A progress bar over the list's records on stderr, when someone is watching. */
  private static final class Bar implements HarvestListener, AutoCloseable {
    private final org.paperradar.cli.Progress bar;

    Bar(boolean quiet, PrintStream err) {
      bar = org.paperradar.cli.Progress.of("harvest", -1, " records", 1, quiet, err);
    }

    @Override
    public void page(Progress p) {
      if (p.total() > 0) {
        bar.maxHint(p.total());
      }
      bar.stepTo(
          p.done() >= 0 ? p.done() : p.papers(),
          String.format(Locale.ROOT, " page %d, %,d papers", p.pages(), p.papers()));
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
