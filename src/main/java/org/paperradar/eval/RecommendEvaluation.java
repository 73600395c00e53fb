package org.paperradar.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.paperradar.ingest.CollectingSink;
import org.paperradar.ingest.Ingester;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.Profile;
import org.paperradar.recommend.ProfileScorer;
import org.paperradar.recommend.Ranking;

/**
 * The author-temporal recommendation evaluation: for each user, rank every candidate (corpus papers
 * dated on or after the task's date) from title and abstract only, and score how high the user's
 * own later papers come. Every method sees the same corpus, users and candidates in one run.
 */
public final class RecommendEvaluation {

  /** One user's figures for one method. */
  public record UserResult(String user, double ndcg10, double recall100, double mrr, long nanos) {}

  /** Means over the users, and each user's figures. */
  public record MethodResult(
      String method,
      double ndcg10,
      double recall100,
      double mrr,
      int users,
      double msPerUser,
      List<UserResult> perUser) {}

  /** The corpus as the methods see it: papers, which are candidates, which came before. */
  public record Corpus(List<Paper> papers, int[] candidates, int[] earlier, int rejects) {
    public static Corpus load(RecommendTask task) throws IOException {
      CollectingSink sink = Ingester.readFile(task.corpus());
      List<Paper> papers = sink.papers();
      List<Integer> cand = new ArrayList<>();
      List<Integer> before = new ArrayList<>();
      for (int i = 0; i < papers.size(); i++) {
        LocalDate d = papers.get(i).announced();
        if (d == null) {
          d = papers.get(i).submitted();
        }
        if (d != null && !d.isBefore(task.dateFrom())) {
          cand.add(i);
        } else {
          before.add(i);
        }
      }
      return new Corpus(
          papers,
          cand.stream().mapToInt(Integer::intValue).toArray(),
          before.stream().mapToInt(Integer::intValue).toArray(),
          sink.rejects().size());
    }
  }

  /** Builds a method's scorer and the negatives it trains on, from the corpus. */
  public interface Method {
    String name();

    ProfileScorer scorer();

    /** Negatives for a user whose profile rows are {@code positives}. */
    int[] negatives(int[] positives, long seed);
  }

  private final Corpus corpus;
  private final int threads;

  public RecommendEvaluation(Corpus corpus, int threads) {
    this.corpus = corpus;
    this.threads = threads;
  }

  public MethodResult run(Method method, List<RecommendTask.User> users, IntConsumer progress)
      throws InterruptedException {
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < corpus.papers().size(); i++) {
      rowOf.put(corpus.papers().get(i).id(), i);
    }
    ProfileScorer scorer = method.scorer();
    AtomicInteger done = new AtomicInteger();
    List<Future<UserResult>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (RecommendTask.User u : users) {
        futures.add(
            pool.submit(
                () -> {
                  UserResult r = evaluate(u, rowOf, method, scorer);
                  progress.accept(done.incrementAndGet());
                  return r;
                }));
      }
      List<UserResult> results = new ArrayList<>();
      for (Future<UserResult> f : futures) {
        results.add(f.get());
      }
      return summarise(method.name(), results);
    } catch (ExecutionException e) {
      throw new IllegalStateException("method " + method.name() + " failed: " + e.getCause(), e);
    }
  }

  private UserResult evaluate(
      RecommendTask.User u, Map<String, Integer> rowOf, Method method, ProfileScorer scorer) {
    int[] positives =
        u.profile().stream().map(rowOf::get).filter(r -> r != null).mapToInt(r -> r).toArray();
    long t0 = System.nanoTime();
    int[] negatives = method.negatives(positives, u.name().hashCode());
    double[] scores = scorer.score(new Profile(positives, negatives), corpus.candidates());
    List<String> ranked = top(scores, 100);
    long nanos = System.nanoTime() - t0;
    Map<String, Integer> grades = new HashMap<>();
    u.positives().forEach(p -> grades.put(p, 1));
    Set<String> relevant = u.positives();
    return new UserResult(
        u.name(),
        Metrics.ndcg(ranked, grades, 10),
        Metrics.recall(ranked, relevant, 100),
        Metrics.reciprocalRank(ranked, relevant),
        nanos);
  }

  /** Ids of the best {@code k} candidates, ties broken by corpus order. */
  private List<String> top(double[] scores, int k) {
    Integer[] order = Ranking.bestFirst(scores);
    List<String> out = new ArrayList<>(k);
    for (int i = 0; i < Math.min(k, order.length); i++) {
      out.add(corpus.papers().get(corpus.candidates()[order[i]]).id());
    }
    return out;
  }

  private static MethodResult summarise(String method, List<UserResult> results) {
    double n = Math.max(1, results.size());
    return new MethodResult(
        method,
        results.stream().mapToDouble(UserResult::ndcg10).sum() / n,
        results.stream().mapToDouble(UserResult::recall100).sum() / n,
        results.stream().mapToDouble(UserResult::mrr).sum() / n,
        results.size(),
        results.stream().mapToLong(UserResult::nanos).sum() / n / 1e6,
        results);
  }

  /** Every earlier paper that is not one of the user's: arxiv-sanity-lite's negatives. */
  public static int[] allEarlierExcept(int[] earlier, int[] positives) {
    Set<Integer> own = new HashSet<>();
    for (int p : positives) {
      own.add(p);
    }
    return Arrays.stream(earlier).filter(r -> !own.contains(r)).toArray();
  }
}
