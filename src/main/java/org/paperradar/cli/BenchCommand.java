package org.paperradar.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.embed.TextEncoder;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.eval.IngestBenchmark;
import org.paperradar.eval.SearchBenchmark;
import org.paperradar.eval.VectorFormatBenchmark;
import org.paperradar.index.VectorFormat;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
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
    subcommands = {
      BenchCommand.Ingest.class,
      EmbedBenchCommand.class,
      BenchCommand.Search.class,
      BenchCommand.Vectors.class,
      BenchCommand.Recommend.class,
      HttpBenchCommand.class
    })
final class BenchCommand {
  @ParentCommand RadarCli radar;

  /** {@code radar bench search}. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = {
        "Search latency per mode over held-aside titles of the store's papers (--data),",
        "index build time, size and heap; optionally on a synthetic expansion to N documents."
      })
  static final class Search implements Callable<Integer> {
    @ParentCommand BenchCommand bench;
    @Spec CommandSpec spec;

    @Option(names = "--queries", defaultValue = "1000", description = "About this many queries.")
    int queries;

    @Option(
        names = "--synthetic-docs",
        defaultValue = "0",
        description = "Also measure on N synthetic docs (e.g. 200000; 1000000 takes long).")
    int syntheticDocs;

    @Option(names = "--format", defaultValue = "FLOAT", description = "FLOAT or INT8 vectors.")
    VectorFormat format;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = bench.radar.openStore()) {
        PaperDao papers = new PaperDao(db);
        if (papers.count() < 2) {
          throw new IllegalStateException("the store is empty: ingest papers first (or --data)");
        }
        // Without stored embeddings the toy encoder stands in (the output says so).
        var real = bench.radar.encoders.queryEncoder(db);
        TextEncoder encoder = real.orElseGet(() -> new ToyEncoder(384));
        var vectors =
            real.isPresent()
                ? bench.radar.encoders.vectors(db)
                : org.paperradar.index.VectorSource.encoding(encoder);
        new SearchBenchmark(out, encoder, vectors, format).run(papers, queries, syntheticDocs);
      }
      return RadarCli.OK;
    }
  }

  /** {@code radar bench vectors}. */
  @Command(
      name = "vectors",
      mixinStandardHelpOptions = true,
      description =
          "Recall@10 vs exact, latency and size of float vs int8 HNSW on clustered random vectors.")
  static final class Vectors implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--docs", defaultValue = "20000")
    int docs;

    @Option(names = "--dim", defaultValue = "384")
    int dim;

    @Option(names = "--queries", defaultValue = "500")
    int queries;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "bench vectors: %,d clustered random unit vectors, %d-d, %d queries, %d cores%n",
          docs,
          dim,
          queries,
          Runtime.getRuntime().availableProcessors());
      out.flush();
      for (VectorFormatBenchmark.Result r : VectorFormatBenchmark.run(docs, dim, queries, 7)) {
        out.printf(
            Locale.ROOT,
            "  %-5s recall@10 %.3f (k=10), %.3f (k=20); build %.1f s; kNN k=10 %s;"
                + " searched vector files %,.1f MiB, all files %,.1f MiB%n",
            r.format(),
            r.recallK10(),
            r.recallK20(),
            r.indexSeconds(),
            r.latency(),
            r.searchedBytes() / 1048576.0,
            r.totalBytes() / 1048576.0);
        out.flush();
      }
      return RadarCli.OK;
    }
  }

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

  /** {@code radar bench recommend}. */
  @Command(
      name = "recommend",
      mixinStandardHelpOptions = true,
      description = {
        "Latency of building one feed (sample negatives, train the reader's model, score every",
        "candidate, explain the top 10) for readers with 20 profile papers."
      })
  static final class Recommend implements Callable<Integer> {
    @ParentCommand BenchCommand bench;
    @Spec CommandSpec spec;

    @Option(
        names = "--corpus",
        paramLabel = "FILE",
        description = "Read papers from this file instead of the store (--data).")
    Path corpus;

    @Option(
        names = "--since",
        defaultValue = "2026-01-01",
        description = "Candidates: papers announced from this day (default ${DEFAULT-VALUE}).")
    java.time.LocalDate since;

    @Option(names = "--users", defaultValue = "100", description = "Feeds to time.")
    int users;

    @Option(names = "--profile", defaultValue = "20", description = "Profile papers per reader.")
    int profile;

    @Override
    public Integer call() throws Exception {
      java.util.List<org.paperradar.paper.Paper> papers = new java.util.ArrayList<>();
      if (corpus != null) {
        papers.addAll(org.paperradar.ingest.Ingester.readFile(corpus).papers());
      } else {
        try (Database db = bench.radar.openStore()) {
          new PaperDao(db).forEach(papers::add);
        }
      }
      org.paperradar.eval.RecommendBenchmark.Result r =
          org.paperradar.eval.RecommendBenchmark.run(
              papers, since, users, profile, org.paperradar.recommend.RecommendSettings.defaults());
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "corpus: %,d papers, %,d candidates from %s, %,d terms; features fitted in %.1f s,"
              + " candidate index %.0f ms%n",
          r.papers(),
          r.candidates(),
          since,
          r.terms(),
          r.featuresSeconds(),
          r.indexMs());
      out.printf(
          Locale.ROOT,
          "feed (train + rank + explain top 10), %d readers with %d papers: %s; heap %d MiB%n",
          r.readers(),
          profile,
          r.feed(),
          r.heapMb());
      return RadarCli.OK;
    }
  }
}
