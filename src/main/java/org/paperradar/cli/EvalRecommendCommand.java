package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.eval.RecommendEvaluation;
import org.paperradar.eval.RecommendMethods;
import org.paperradar.eval.RecommendTask;
import org.paperradar.eval.RegressionTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar eval recommend FILE}: the author-temporal task, every method in one run. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description =
        "nDCG@10, recall@100 and MRR per user on an author-temporal task file, for PaperRadar's"
            + " recommender and the arxiv-sanity-lite baseline side by side.")
final class EvalRecommendCommand implements Callable<Integer> {
  @ParentCommand EvalCommand eval;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Task file (header + users).")
  Path file;

  @Option(
      names = "--methods",
      split = ",",
      description = "Methods to run (default: the product's and the baseline).")
  List<String> methods;

  @Option(names = "--users", description = "Evaluate only the first N users (quick runs).")
  Integer users;

  @Option(names = "--threads", defaultValue = "2", description = "Users scored in parallel.")
  int threads;

  @Option(names = "--json", description = "Print one JSON object per method.")
  boolean json;

  @Option(names = "--per-user", paramLabel = "TSV", description = "Write per-user figures here.")
  Path perUser;

  @Option(names = "--verify", description = "Exit 1 when a figure drifts from the table.")
  boolean verify;

  @Option(names = "--table", paramLabel = "FILE", description = "Regression table to verify.")
  Path table;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RecommendTask task = RecommendTask.read(file);
    List<RecommendTask.User> us =
        users == null
            ? task.users()
            : task.users().subList(0, Math.min(users, task.users().size()));
    boolean quiet = eval.radar.config().quiet();
    RecommendEvaluation.Corpus corpus = RecommendEvaluation.Corpus.load(task);
    err.printf(
        Locale.ROOT,
        "corpus %s: %,d papers (%,d candidates from %s), %d rejects; %d users%n",
        task.corpus(),
        corpus.papers().size(),
        corpus.candidates().length,
        task.dateFrom(),
        corpus.rejects(),
        us.size());
    RecommendMethods registry = new RecommendMethods(corpus);
    List<String> names =
        methods != null ? methods : List.of(RecommendMethods.PRODUCT, RecommendMethods.BASELINE);
    RecommendEvaluation evaluation = new RecommendEvaluation(corpus, threads);
    List<RecommendEvaluation.MethodResult> results = new ArrayList<>();
    for (String name : names) {
      RecommendEvaluation.Method m = registry.expect(name);
      try (Progress p = Progress.of(name, us.size(), " users", 1, quiet, System.err)) {
        results.add(evaluation.run(m, us, n -> p.stepTo(n, null)));
      }
    }
    print(out, results);
    if (perUser != null) {
      writePerUser(results);
    }
    List<RegressionTable.Figure> figures = figures(results);
    if (!verify) {
      return RadarCli.OK;
    }
    RegressionTable t = table != null ? RegressionTable.read(table) : EvalCommand.bundledTable();
    String dataset = dataset();
    List<String> uncovered =
        results.stream()
            .map(RecommendEvaluation.MethodResult::method)
            .filter(m -> !t.covers("recommend", dataset, m))
            .toList();
    if (!uncovered.isEmpty()) {
      // Verifying nothing must not look like a pass.
      err.println("verify: the table has no figures of recommend " + dataset + " " + uncovered);
      err.println("measured rows, for the table:");
      err.print(RegressionTable.format(figures, 0.003));
      return RadarCli.ERROR;
    }
    List<RegressionTable.Drift> drifts = t.verify("recommend", dataset, figures);
    if (drifts.isEmpty()) {
      err.println("verify: all expected figures of recommend " + dataset + " within tolerance");
      return RadarCli.OK;
    }
    drifts.forEach(d -> err.println("DRIFT " + d));
    err.println("measured rows, for the table:");
    err.print(RegressionTable.format(figures, 0.002));
    return RadarCli.ERROR;
  }

  private String dataset() {
    String name = file.getFileName().toString();
    String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
    return users == null ? base : base + "@" + users;
  }

  private List<RegressionTable.Figure> figures(List<RecommendEvaluation.MethodResult> results) {
    List<RegressionTable.Figure> out = new ArrayList<>();
    String dataset = dataset();
    for (RecommendEvaluation.MethodResult r : results) {
      out.add(new RegressionTable.Figure("recommend", dataset, r.method(), "ndcg@10", r.ndcg10()));
      out.add(
          new RegressionTable.Figure(
              "recommend", dataset, r.method(), "recall@100", r.recall100()));
      out.add(new RegressionTable.Figure("recommend", dataset, r.method(), "mrr", r.mrr()));
    }
    return out;
  }

  private void print(PrintWriter out, List<RecommendEvaluation.MethodResult> results)
      throws java.io.IOException {
    if (json) {
      ObjectMapper m = new ObjectMapper();
      for (RecommendEvaluation.MethodResult r : results) {
        ObjectNode o = m.createObjectNode();
        o.put("method", r.method());
        o.put("ndcg@10", r.ndcg10());
        o.put("recall@100", r.recall100());
        o.put("mrr", r.mrr());
        o.put("users", r.users());
        o.put("ms_per_user", r.msPerUser());
        out.println(m.writeValueAsString(o));
      }
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-24s %8s %10s %8s %6s %11s%n",
        "method",
        "ndcg@10",
        "recall@100",
        "mrr",
        "users",
        "ms/user");
    double base = Double.NaN;
    for (RecommendEvaluation.MethodResult r : results) {
      if (r.method().equals(RecommendMethods.BASELINE)) {
        base = r.ndcg10();
      }
    }
    for (RecommendEvaluation.MethodResult r : results) {
      out.printf(
          Locale.ROOT,
          "%-24s %8.4f %10.4f %8.4f %6d %11.1f%s%n",
          r.method(),
          r.ndcg10(),
          r.recall100(),
          r.mrr(),
          r.users(),
          r.msPerUser(),
          Double.isNaN(base) || r.method().equals(RecommendMethods.BASELINE)
              ? ""
              : String.format(Locale.ROOT, "   nDCG@10 x%.2f of the baseline", r.ndcg10() / base));
    }
  }

  private void writePerUser(List<RecommendEvaluation.MethodResult> results)
      throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    lines.add("method\tuser\tndcg@10\trecall@100\tmrr\tms");
    for (RecommendEvaluation.MethodResult r : results) {
      for (RecommendEvaluation.UserResult u : r.perUser()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%.4f\t%.4f\t%.4f\t%.1f",
                r.method(),
                u.user(),
                u.ndcg10(),
                u.recall100(),
                u.mrr(),
                u.nanos() / 1e6));
      }
    }
    Files.write(perUser, lines);
  }
}
