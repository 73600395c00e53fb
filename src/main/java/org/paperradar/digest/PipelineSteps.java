package org.paperradar.digest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.paperradar.embed.Embedder;
import org.paperradar.embed.TextEncoder;
import org.paperradar.index.IndexSync;
import org.paperradar.index.PaperIndex;
import org.paperradar.ingest.HarvestException;
import org.paperradar.ingest.HarvestReport;
import org.paperradar.ingest.HttpSettings;
import org.paperradar.ingest.OaiHarvester;
import org.paperradar.ingest.OaiOptions;
import org.paperradar.search.EncoderProvider;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;

/** The standard steps of the {@link DailyPipeline}, each wrapping the stage that does the work. */
public final class PipelineSteps {
  private PipelineSteps() {}

  /**
   * What to harvest.
   *
   * @param oaiUrl the OAI-PMH endpoint (arXiv's by default)
   * @param lookbackDays how far back the very first harvest starts; later runs go on from the last
   *     datestamp (the harvest's checkpoint)
   */
  public record HarvestSettings(
      Set<String> categories, URI oaiUrl, HttpSettings http, int lookbackDays) {
    public HarvestSettings {
      categories = Set.copyOf(new TreeSet<>(categories));
      if (categories.isEmpty()) {
        throw new IllegalArgumentException("the daily harvest needs at least one category");
      }
    }
  }

  /** Everything the standard pipeline needs. */
  public record Wiring(
      Database db,
      HarvestSettings harvest,
      Supplier<TextEncoder> encoder,
      Path indexDir,
      EncoderProvider encoders,
      ModelTrainer trainer,
      Digests digests,
      OutboxSender sender,
      Clock clock) {}

  /** harvest, embed, index, retrain (once a day); digests, send (every run). */
  public static List<DailyPipeline.Step> standard(Wiring w) {
    return List.of(
        harvest(w.db(), new PipelineRuns(w.db()), w.harvest()),
        embed(w.db(), w.encoder()),
        index(w.db(), w.indexDir(), w.encoders()),
        new DailyPipeline.Step("retrain", true, day -> w.trainer().retrainChanged()),
        new DailyPipeline.Step(
            "digests", false, day -> w.digests().enqueueDue(w.clock().instant()).toString()),
        new DailyPipeline.Step("send", false, day -> w.sender().sendDue().toString()));
  }

  /**
   * Incremental OAI-PMH harvest (papers are stored as they arrive: harvesting is ingesting). The
   * start day is fixed at the first run and kept, so every run continues the same checkpoint.
   */
  public static DailyPipeline.Step harvest(Database db, PipelineRuns runs, HarvestSettings h) {
    return new DailyPipeline.Step(
        "harvest",
        true,
        day -> {
          String key = "harvest.from:" + String.join(",", new TreeSet<>(h.categories()));
          LocalDate from =
              runs.state(key)
                  .map(LocalDate::parse)
                  .orElseGet(
                      () -> {
                        LocalDate d = day.minusDays(h.lookbackDays());
                        runs.setState(key, d.toString());
                        return d;
                      });
          OaiOptions o =
              OaiOptions.forCategories(h.categories(), from, null).withBaseUrl(h.oaiUrl());
          HarvestReport r = new OaiHarvester(db, h.http(), null).harvest(o);
          if (!r.complete()) {
            throw new HarvestException("harvest stopped before the end of the list");
          }
          var c = r.counts();
          return String.format(
              Locale.ROOT,
              "%d pages, %d records: %d added, %d updated, %d unchanged, %d rejected",
              r.pages(),
              r.records(),
              c.added(),
              c.updated(),
              c.unchanged(),
              c.rejected());
        });
  }

  /** Embeds new and changed papers (the encoder is opened for the step and closed after). */
  public static DailyPipeline.Step embed(Database db, Supplier<TextEncoder> encoder) {
    return new DailyPipeline.Step(
        "embed",
        true,
        day -> {
          try (TextEncoder e = encoder.get()) {
            Embedder.Report r = new Embedder(db, e, 64).run(0);
            return String.format(
                Locale.ROOT,
                "%d of %d pending papers embedded with %s",
                r.embedded(),
                r.pending(),
                r.model());
          }
        });
  }

  /** Brings the search index up to date (new papers and new vectors). */
  public static DailyPipeline.Step index(Database db, Path indexDir, EncoderProvider encoders) {
    return new DailyPipeline.Step(
        "index",
        true,
        day -> {
          try (PaperIndex index = PaperIndex.open(indexDir)) {
            IndexSync.Result r =
                new IndexSync(new PaperDao(db), index, encoders.vectors(db)).update((n, t) -> {});
            return String.format(
                Locale.ROOT,
                "%d papers indexed (%d with vectors), %d in the index",
                r.indexed(),
                r.withVectors(),
                r.docs());
          }
        });
  }
}
