package org.paperradar.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperradar.digest.DailyPipeline;
import org.paperradar.digest.PipelineRuns;
import org.paperradar.digest.PipelineSteps;
import org.paperradar.embed.EmbeddingModels;
import org.paperradar.embed.OnnxTextEncoder;
import org.paperradar.embed.TextEncoder;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.ingest.HttpSettings;
import org.paperradar.ingest.OaiOptions;
import org.paperradar.search.EncoderProvider;
import org.paperradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code radar daily}: the daily pipeline once, for cron. Harvest, embed, index and retrain run
 * once a day (a rerun skips what is done and retries what failed); then the due digests are
 * composed and the outbox is sent.
 */
@Command(
    name = "daily",
    mixinStandardHelpOptions = true,
    description = {
      "Run the daily pipeline once: harvest arXiv (OAI-PMH, incremental), embed, index, retrain,"
          + " then compose and send the digests that are due.",
      "Each step is checkpointed: run it again (e.g. hourly from cron) and it redoes nothing done"
          + " today, retries a failed step, and sends nothing twice."
    })
final class DailyCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;
  @Mixin DigestOptions options;

  @Option(
      names = "--categories",
      split = ",",
      paramLabel = "CAT",
      description = "arXiv categories to harvest (default $RADAR_CATEGORIES or cs.LG,cs.CL).")
  List<String> categories;

  @Option(
      names = "--oai-url",
      paramLabel = "URL",
      description = "OAI-PMH endpoint (default arXiv's).")
  URI oaiUrl;

  @Option(
      names = "--delay-ms",
      defaultValue = "3000",
      description = "Pause between OAI requests (default ${DEFAULT-VALUE}, as arXiv asks).")
  long delayMs;

  @Option(
      names = "--lookback-days",
      defaultValue = "2",
      description = "How far back the first harvest starts (default ${DEFAULT-VALUE}).")
  int lookbackDays;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    RadarConfig cfg = radar.config();
    try (Database db = radar.openStore()) {
      DigestWiring w = new DigestWiring(cfg, db, options.config(), options.smtp(), clock);
      PipelineSteps.Wiring wiring =
          new PipelineSteps.Wiring(
              db,
              new PipelineSteps.HarvestSettings(
                  Set.copyOf(categories()),
                  oaiUrl != null ? oaiUrl : OaiOptions.DEFAULT_BASE_URL,
                  HttpSettings.polite(Duration.ofMillis(delayMs)),
                  lookbackDays),
              () -> encoder(radar.encoders),
              Indexing.indexDir(cfg),
              radar.encoders,
              w.recommender::retrainChanged,
              w.digests,
              w.sender,
              clock);
      DailyPipeline pipeline =
          new DailyPipeline(
              PipelineSteps.standard(wiring), new PipelineRuns(db), clock, w.config.zone());
      DailyPipeline.Report r = pipeline.run();
      for (DailyPipeline.StepResult s : r.steps()) {
        out.printf(
            "%-8s %-8s %s%n",
            s.step(), s.outcome().name().toLowerCase(java.util.Locale.ROOT), s.detail());
      }
      return r.ok() ? RadarCli.OK : RadarCli.ERROR;
    }
  }

  private List<String> categories() {
    if (categories != null && !categories.isEmpty()) {
      return categories;
    }
    String env = System.getenv("RADAR_CATEGORIES");
    return env != null && !env.isBlank()
        ? List.of(env.split("\\s*,\\s*"))
        : List.of("cs.LG", "cs.CL");
  }

  /** The embedding model the index uses ({@code RADAR_ENCODER=toy}: the toy one). */
  static TextEncoder encoder(EncoderProvider encoders) {
    return encoders == EncoderProvider.TOY
        ? new ToyEncoder(384)
        : OnnxTextEncoder.open(EmbeddingModels.resolve(null));
  }
}
