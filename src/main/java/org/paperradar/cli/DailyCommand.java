package org.paperradar.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
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

  @Mixin HarvestOptions harvest;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    RadarConfig cfg = radar.config();
    try (Database db = radar.openStore()) {
      DigestWiring w = new DigestWiring(cfg, db, options.config(), options.smtp(), clock);
      DailyPipeline pipeline = pipeline(radar, db, w, harvest, clock);
      DailyPipeline.Report r = pipeline.run();
      for (DailyPipeline.StepResult s : r.steps()) {
        out.printf(
            "%-8s %-8s %s%n",
            s.step(), s.outcome().name().toLowerCase(java.util.Locale.ROOT), s.detail());
      }
      return r.ok() ? RadarCli.OK : RadarCli.ERROR;
    }
  }

  /** The daily pipeline as {@code radar daily} and {@code radar serve} run it. */
  static DailyPipeline pipeline(
      RadarCli radar, Database db, DigestWiring w, HarvestOptions harvest, Clock clock) {
    PipelineSteps.Wiring wiring =
        new PipelineSteps.Wiring(
            db,
            new PipelineSteps.HarvestSettings(
                Set.copyOf(harvest.categories()),
                harvest.oaiUrl != null ? harvest.oaiUrl : OaiOptions.DEFAULT_BASE_URL,
                HttpSettings.polite(Duration.ofMillis(harvest.delayMs)),
                harvest.lookbackDays),
            () -> encoder(radar.encoders),
            Indexing.indexDir(radar.config()),
            radar.encoders,
            w.recommender::retrainChanged,
            w.digests,
            w.sender,
            clock);
    return new DailyPipeline(
        PipelineSteps.standard(wiring), new PipelineRuns(db), clock, w.config.zone());
  }

  /** The embedding model the index uses ({@code RADAR_ENCODER=toy}: the toy one). */
  static TextEncoder encoder(EncoderProvider encoders) {
    return encoders == EncoderProvider.TOY
        ? new ToyEncoder(384)
        : OnnxTextEncoder.open(EmbeddingModels.resolve(null));
  }
}
