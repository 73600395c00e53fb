package org.paperradar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.paperradar.embed.Embedder;
import org.paperradar.embed.EmbeddingModels;
import org.paperradar.embed.OnnxTextEncoder;
import org.paperradar.index.PaperIndex;
import org.paperradar.recommend.PaperRecommender;
import org.paperradar.recommend.ProfileSeeder;
import org.paperradar.recommend.RecommendSettings;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.web.AdminJobs;
import org.paperradar.web.Forecasts;
import org.paperradar.web.PasswordHasher;
import org.paperradar.web.SeederProfileSeeding;
import org.paperradar.web.WebApp;
import org.paperradar.web.WebServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code radar serve}: the web app and JSON API. On an empty store it first imports the bundled
 * demo data, embeds it (unless {@code --no-embed}) and indexes it, so a fresh clone has a working
 * site in about a minute.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web app and the JSON API (/api/v1, /api/openapi.json).",
      "On an empty store, imports the bundled demo data first."
    })
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(
      names = "--behind-tls",
      description = "TLS ends at a proxy in front: always mark cookies Secure.")
  boolean behindTls;

  @picocli.CommandLine.Mixin DigestOptions digest;
  @picocli.CommandLine.Mixin HarvestOptions harvest;

  @Option(
      names = "--no-daily",
      description = "Do not run the daily pipeline (harvest, digests) inside the server.")
  boolean noDaily;

  @Option(names = "--no-embed", description = "Do not embed the demo data on first start.")
  boolean noEmbed;

  /** Set by tests: start, then return instead of serving until stopped. */
  static volatile java.util.function.Consumer<WebApp> onStarted;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = radar.openStore()) {
      if (DemoCommand.importIfEmpty(radar, db, out, err)
          && !noEmbed
          && radar.encoders instanceof ModelEncoders) {
        embed(db, out);
        Indexing.sync(radar, db, out, false);
      } else if (!java.nio.file.Files.isDirectory(Indexing.indexDir(radar.config()))) {
        Indexing.sync(radar, db, out, false);
      }
      try (PaperIndex index = PaperIndex.openReadOnly(Indexing.indexDir(radar.config()));
          EncoderLease lease = new EncoderLease(radar.encoders.queryEncoder(db));
          LuceneSearchBackend search = new LuceneSearchBackend(index, lease.encoder());
          AdminJobs jobs = new AdminJobs()) {
        WebServices.Reindexer reindexer =
            () -> {
              StringWriter line = new StringWriter();
              Indexing.sync(radar, db, new PrintWriter(line, true), false);
              index.refresh();
              return line.toString().strip();
            };
        PaperDao papers = new PaperDao(db);
        PaperRecommender recommender = new PaperRecommender(db, RecommendSettings.defaults());
        java.time.Clock clock = java.time.Clock.systemUTC();
        DigestWiring digests =
            new DigestWiring(
                radar.config(), db, digest.config(), digest.smtp(), clock, recommender);
        WebServices services =
            WebServices.create(
                db,
                search,
                recommender,
                new SeederProfileSeeding(new ProfileSeeder(db), reindexer),
                jobs,
                reindexer,
                Forecasts.inDataDir(radar.config().dataDir()));
        WebApp.Config cfg = new WebApp.Config(host, port, behindTls, PasswordHasher.OWASP);
        org.paperradar.digest.DigestRoutes digestRoutes = digests.routes();
        try (WebApp app = WebApp.start(services, cfg, digestRoutes::register);
            org.paperradar.digest.DailyScheduler daily =
                noDaily
                    ? null
                    : new org.paperradar.digest.DailyScheduler(
                            DailyCommand.pipeline(radar, db, digests, harvest, clock),
                            digests.sender,
                            org.paperradar.digest.DailyScheduler.Settings.defaults(
                                digests.config.zone()),
                            clock)
                        .start()) {
          out.printf(
              Locale.ROOT,
              "PaperRadar is serving %,d papers at http://%s:%d/ (API: /api/v1, /api/openapi.json)%n",
              papers.count(),
              host.equals("0.0.0.0") ? "localhost" : host,
              app.port());
          out.flush();
          // Pick up what `radar ingest` or `radar embed` commit meanwhile.
          ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
          refresher.scheduleWithFixedDelay(index::refresh, 60, 60, TimeUnit.SECONDS);
          try {
            if (onStarted != null) {
              onStarted.accept(app);
            } else {
              CountDownLatch stop = new CountDownLatch(1);
              Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
              stop.await();
            }
          } finally {
            refresher.shutdownNow();
          }
        }
      }
    }
    return RadarCli.OK;
  }

  private void embed(Database db, PrintWriter out) {
    String id = EmbeddingModels.resolve(null);
    out.println("Embedding the demo papers with " + id + " for semantic search (--no-embed skips)");
    out.flush();
    try (OnnxTextEncoder encoder = OnnxTextEncoder.open(id);
        Progress p = Progress.of("embed " + id, -1, " papers", 1, radar.quiet, System.err)) {
      Embedder.Report r =
          new Embedder(db, encoder, EmbedCommand.commitBatch(32))
              .run(
                  0,
                  (done, total) -> {
                    p.maxHint(total);
                    p.stepTo(done, null);
                  });
      out.printf(
          Locale.ROOT,
          "embedded %,d papers in %.1f s%n",
          r.embedded(),
          r.elapsed().toMillis() / 1000.0);
    }
  }
}
