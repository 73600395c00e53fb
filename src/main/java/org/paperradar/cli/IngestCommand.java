package org.paperradar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperradar.ingest.IngestReport;
import org.paperradar.ingest.Ingester;
import org.paperradar.ingest.Reject;
import org.paperradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar ingest FILE|URL…}: reads papers from files or URLs into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read papers from files (plain or gzip) or http(s) URLs into the store.",
      "The format is detected from the content unless --format is given.",
      "An interrupted ingest of the same file resumes where it stopped."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "F",
      description = "Input format: ${COMPLETION-CANDIDATES}; default: detect.",
      completionCandidates = FormatNames.class)
  String format;

  @Option(
      names = "--batch-size",
      defaultValue = "2000",
      description = "Papers per transaction (default ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--no-index", description = "Leave the search index as it is (see: radar index).")
  boolean noIndex;

  @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Inputs to read.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean anyRejects = false;
    try (Database db = radar.openStore()) {
      Ingester ingester = new Ingester(db, batchSize);
      for (String input : inputs) {
        IngestReport r = ingestOne(ingester, input);
        printReport(r, out, err);
        anyRejects |= r.counts().rejected() > 0;
      }
      if (!noIndex) {
        Indexing.sync(radar, db, out, false);
      }
    }
    return anyRejects ? RadarCli.REJECTS : RadarCli.OK;
  }

  private IngestReport ingestOne(Ingester ingester, String input) throws IOException {
    if (input.startsWith("http://") || input.startsWith("https://")) {
      HttpClient http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(20))
              .build();
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(input))
              .header("User-Agent", "PaperRadar/0.1")
              .GET()
              .build();
      try {
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (resp.statusCode() != 200) {
          resp.body().close();
          throw new IOException("GET " + input + " answered HTTP " + resp.statusCode());
        }
        try (InputStream body = resp.body();
            Progress p = Progress.of("ingest", -1, " papers", 1, radar.quiet, System.err)) {
          return ingester.ingest(
              body, input, null, format, (bytes, records) -> p.stepTo(records, null));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while fetching " + input, e);
      }
    }
    Path file = Path.of(input);
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file: " + input);
    }
    long size = Files.size(file);
    try (Progress p =
        Progress.of(
            "ingest " + file.getFileName(), size, " MiB", 1 << 20, radar.quiet, System.err)) {
      return ingester.ingestFile(
          file, format, (bytes, records) -> p.stepTo(bytes, p.papers(records)));
    }
  }

  static void printReport(IngestReport r, PrintWriter out, PrintWriter err) {
    var c = r.counts();
    out.printf(
        java.util.Locale.ROOT,
        "%s [%s]: read %,d, added %,d, updated %,d, unchanged %,d, rejected %,d in %.1f s (%s)%s%n",
        r.origin(),
        r.format(),
        c.read(),
        c.added(),
        c.updated(),
        c.unchanged(),
        c.rejected(),
        r.elapsed().toMillis() / 1000.0,
        Progress.rate(c.read(), r.elapsed()),
        r.resumedAfter() > 0 ? ", resumed after position " + r.resumedAfter() : "");
    for (Reject rej : r.rejects()) {
      err.println("rejected " + rej);
    }
    if (c.rejected() > r.rejects().size()) {
      err.printf(
          java.util.Locale.ROOT,
          "... and %,d more rejects (stored with ingest run %d)%n",
          c.rejected() - r.rejects().size(),
          r.runId());
    }
    out.flush();
    err.flush();
  }
}
