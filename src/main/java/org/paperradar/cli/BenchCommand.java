package org.paperradar.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.eval.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar bench …}: benchmarks that print figures anyone can rerun. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks.",
    subcommands = {BenchCommand.Ingest.class, EmbedBenchCommand.class})
final class BenchCommand {
  @ParentCommand RadarCli radar;

  /** {@code radar bench ingest [FILE]}. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingest throughput into a fresh SQLite store (cold) and again (warm, all unchanged).",
        "Default FILE: ../shared/data/arxiv/arxiv-cs-2025-2026.jsonl.gz if present, else the bundled demo data."
      })
  static final class Ingest implements Callable<Integer> {
    static final Path SHARED_CORPUS = Path.of("../shared/data/arxiv/arxiv-cs-2025-2026.jsonl.gz");

    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE")
    Path file;

    @Option(
        names = "--runs",
        defaultValue = "3",
        description = "Repetitions (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--batch-size", defaultValue = "2000")
    int batchSize;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path input = file;
      if (input == null) {
        input = Files.isRegularFile(SHARED_CORPUS) ? SHARED_CORPUS : demoCopy();
      }
      out.printf(
          Locale.ROOT,
          "bench ingest: %s, %d run(s), batch %d, %d cores, Java %s%n",
          input,
          runs,
          batchSize,
          Runtime.getRuntime().availableProcessors(),
          Runtime.version());
      out.flush();
      double best = 0;
      for (IngestBenchmark.Run r : IngestBenchmark.run(input, runs, batchSize)) {
        out.printf(
            Locale.ROOT,
            "  cold: %,d papers in %.2f s = %,.0f papers/s | warm re-ingest: %,d unchanged in %.2f s = %,.0f papers/s%n",
            r.papers(),
            r.coldSeconds(),
            r.coldPerSecond(),
            r.warmUnchanged(),
            r.warmSeconds(),
            r.warmPerSecond());
        out.flush();
        best = Math.max(best, r.coldPerSecond());
      }
      out.printf(Locale.ROOT, "best cold throughput: %,.0f papers/s%n", best);
      return RadarCli.OK;
    }

    private static Path demoCopy() throws java.io.IOException {
      Path tmp = Files.createTempFile("radar-demo", ".jsonl.gz");
      tmp.toFile().deleteOnExit();
      try (InputStream in = BenchCommand.class.getResourceAsStream(DemoCommand.RESOURCE)) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      return tmp;
    }
  }
}
