package org.paperradar.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.paperradar.paper.Paper;
import org.paperradar.search.ScorePart;
import org.paperradar.search.ScoredPaper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recommender behind the CLI, the web feed and the digest. A candidate's score is the mean of
 * its top-k tf-idf similarities to the reader's papers (own, liked, saved), standardised and fused
 * with a per-reader liblinear model (positives against dislikes and sampled background papers),
 * minus a penalty for resembling a disliked paper. Models are cached per reader and retrained only
 * when the reader's papers or the store changed.
 */
public final class PaperRecommender implements Recommender {
  private static final Logger LOG = LoggerFactory.getLogger(PaperRecommender.class);

  private record CachedModel(long revision, String corpusVersion, LinearTrainer.Weights weights) {}

  private final PaperDao papers;
  private final UserStore users;
  private final RecommendSettings settings;
  private final Map<Long, CachedModel> models = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger trainings =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile CorpusSnapshot corpus;

  /** The scorer and the snapshot it was built on, swapped together. */
  private record ScorerOf(CorpusSnapshot corpus, FeedScorer scorer) {}

  private volatile ScorerOf scorer;

  public PaperRecommender(Database db, RecommendSettings settings) {
    this.papers = new PaperDao(db);
    this.users = new UserStore(db);
    this.settings = settings;
    LOG.info("recommender settings: {}", settings);
  }

  /** A feed as asked for, valid while the reader, their papers and the store are unchanged. */
  private record FeedKey(
      long userId, long revision, int related, String corpus, FeedRequest request) {}

  private static final long RECHECK_NANOS = 5_000_000_000L;
  private static final int MAX_CACHED_FEEDS = 10_000;
  private final Map<FeedKey, List<Recommendation>> feeds = new ConcurrentHashMap<>();
  private volatile long checkedAt;

  /**
   * The current snapshot of the store, rebuilt when papers were added or changed. The store is
   * asked at most every 5 seconds: a busy server must not count the papers on every request.
   */
  public CorpusSnapshot corpus() {
    CorpusSnapshot current = corpus;
    if (current != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
      return current; // the lock-free path of almost every request
    }
    return recheck();
  }

  private synchronized CorpusSnapshot recheck() {
    long now = System.nanoTime();
    if (corpus != null && now - checkedAt < RECHECK_NANOS) {
      return corpus;
    }
    checkedAt = now;
    String version = CorpusSnapshot.versionOf(papers);
    if (corpus == null || !corpus.version().equals(version)) {
      long t0 = System.nanoTime();
      corpus = CorpusSnapshot.build(papers, settings.features());
      LOG.info(
          "recommender features: {} papers, {} terms in {} ms",
          corpus.size(),
          corpus.features().dim(),
          (System.nanoTime() - t0) / 1_000_000);
    }
    return corpus;
  }

  /** The scorer over this snapshot's features (it keeps the candidate index between feeds). */
  private FeedScorer scorer(CorpusSnapshot c) {
    ScorerOf current = scorer;
    if (current == null || current.corpus() != c) {
      current = new ScorerOf(c, new FeedScorer(c.features(), settings));
      scorer = current; // a race builds a spare scorer, never a wrong one
    }
    return current.scorer();
  }

  @Override
  public List<Recommendation> feed(FeedRequest request) {
    CorpusSnapshot c = corpus();
    User user = expectUser(request.userId());
    ReaderRows rows = ReaderRows.of(users.papers(user.id()), c);
    FeedKey key =
        new FeedKey(user.id(), user.revision(), rows.related().size(), c.version(), request);
    List<Recommendation> cached = feeds.get(key);
    if (cached != null) {
      return cached;
    }
    if (feeds.size() >= MAX_CACHED_FEEDS) {
      feeds.clear();
    }
    List<Recommendation> out = List.copyOf(computeFeed(request, c, user, rows));
    feeds.put(key, out);
    return out;
  }

  private List<Recommendation> computeFeed(
      FeedRequest request, CorpusSnapshot c, User user, ReaderRows rows) {
    if (rows.positives().length == 0) {
      return List.of();
    }
    int[] candidates = candidates(c, request.since().orElse(null), rows.related());
    if (candidates.length == 0) {
      return List.of();
    }
    LinearTrainer.Weights w = settings.modelWeight() > 0 ? model(user, rows, c) : null;
    FeedScorer.Scores sc = scorer(c).score(rows.positives(), rows.dislikes(), w, candidates);
    double[] knn = sc.knn();
    double[] scores = sc.total();
    // A paper sharing no term with any of the reader's papers has nothing to explain it: skip it.
    Integer[] order =
        Arrays.stream(Ranking.bestFirst(scores)).filter(i -> knn[i] > 0).toArray(Integer[]::new);
    int pool = request.diversify() ? Math.min(order.length, request.limit() * 5) : request.limit();
    List<Integer> top = new ArrayList<>();
    double[] topScores = new double[Math.min(pool, order.length)];
    for (int i = 0; i < topScores.length; i++) {
      top.add(order[i]);
      topScores[i] = scores[order[i]];
    }
    List<Integer> chosen = top;
    if (request.diversify() && top.size() > 1) {
      List<Integer> rowsTop = top.stream().map(i -> candidates[i]).toList();
      List<Integer> picked =
          Mmr.rerank(rowsTop, topScores, c.features(), settings.mmrLambda(), request.limit());
      chosen = picked.stream().map(r -> top.get(rowsTop.indexOf(r))).toList();
    }
    Explainer explainer = new Explainer(c, settings.explainPapers(), settings.explainTerms());
    List<Recommendation> out = new ArrayList<>();
    for (int i : chosen.subList(0, Math.min(request.limit(), chosen.size()))) {
      Paper p = c.paper(candidates[i]);
      List<ScorePart> parts =
          List.of(
              new ScorePart("knn", knn[i], 0),
              new ScorePart("model", sc.model()[i], 0),
              new ScorePart("dislike", sc.dislike()[i], 0));
      out.add(
          new Recommendation(
              new ScoredPaper(p, scores[i], parts),
              explainer.explain(candidates[i], rows.positives())));
    }
    return out;
  }

  @Override
  public List<ScoredPaper> toRate(long userId, int limit) {
    CorpusSnapshot c = corpus();
    User user = expectUser(userId);
    ReaderRows rows = ReaderRows.of(users.papers(user.id()), c);
    int[] candidates = candidates(c, null, rows.related());
    List<ScoredPaper> out = new ArrayList<>();
    if (rows.positives().length == 0) {
      // Nothing to learn from yet: the most upvoted, then newest, papers of the window.
      Arrays.stream(candidates)
          .mapToObj(c::paper)
          .sorted(
              Comparator.comparingInt(Paper::upvotes)
                  .reversed()
                  .thenComparing(CorpusSnapshot::day, Comparator.reverseOrder()))
          .limit(limit)
          .forEach(p -> out.add(new ScoredPaper(p, 0, List.of())));
      return out;
    }
    LinearTrainer.Weights w = model(user, rows, c);
    double[] margin = new double[candidates.length];
    Integer[] order = new Integer[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      margin[i] = w.score(c.features().row(candidates[i]));
      order[i] = i;
    }
    // Least sure: closest to the decision boundary.
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Math.abs(margin[i])));
    for (int k = 0; k < Math.min(limit, order.length); k++) {
      int i = order[k];
      out.add(
          new ScoredPaper(
              c.paper(candidates[i]),
              -Math.abs(margin[i]),
              List.of(new ScorePart("margin", margin[i], 0))));
    }
    return out;
  }

  /** The reader's model, retrained only when their papers or the store changed. */
  LinearTrainer.Weights model(User user, ReaderRows rows, CorpusSnapshot c) {
    CachedModel m = models.get(user.id());
    if (m != null && m.revision() == user.revision() && m.corpusVersion().equals(c.version())) {
      return m.weights();
    }
    trainings.incrementAndGet();
    int[] negatives = rows.negatives(c, settings.negatives(), user.id());
    LinearTrainer.Weights w = scorer(c).train(new Profile(rows.positives(), negatives));
    models.put(user.id(), new CachedModel(user.revision(), c.version(), w));
    return w;
  }

  /**
   * Retrains the models of readers whose papers changed since their model was trained (and all of
   * them after the store changed), so the next feed or digest is served at once. Returns a summary.
   */
  public String retrainChanged() {
    synchronized (this) {
      checkedAt = 0; // the pipeline just ingested: look at the store now
    }
    CorpusSnapshot c = corpus();
    int trained = 0;
    int current = 0;
    for (User u : users.users()) {
      CachedModel m = models.get(u.id());
      if (m != null && m.revision() == u.revision() && m.corpusVersion().equals(c.version())) {
        current++;
        continue;
      }
      ReaderRows rows = ReaderRows.of(users.papers(u.id()), c);
      if (rows.positives().length > 0) {
        model(u, rows, c);
        trained++;
      }
    }
    return trained + " reader models retrained, " + current + " current";
  }

  /** How many reader models were trained (a cached one is reused while nothing changed). */
  public int trainings() {
    return trainings.get();
  }

  private int[] candidates(CorpusSnapshot c, LocalDate since, Set<String> related) {
    LocalDate latest = c.latestDay().orElse(LocalDate.now(java.time.ZoneOffset.UTC));
    LocalDate from = since != null ? since : latest.minusDays(settings.windowDays() - 1L);
    return Arrays.stream(c.rowsBetween(from, latest))
        .filter(r -> !related.contains(c.paper(r).id()))
        .toArray();
  }

  private User expectUser(long id) {
    return users
        .findUser(id)
        .orElseThrow(() -> new IllegalArgumentException("no user with id " + id));
  }
}
