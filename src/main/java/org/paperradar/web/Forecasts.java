package org.paperradar.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.paperradar.forecast.ConceptGraph;
import org.paperradar.forecast.ConceptMatcher;
import org.paperradar.forecast.ConceptTrend;
import org.paperradar.forecast.DirectionSuggester;
import org.paperradar.forecast.GraphFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The concept graph for the web app ({@code DATA/forecast/graph.bin}, written by {@code radar
 * forecast build}): loaded on first use, reloaded when the file changes (its modification time is
 * looked at most once a {@code checkEvery}), absent until built. Suggestions train a small model,
 * so each reader's are kept until the graph changes.
 */
public final class Forecasts {
  private static final Logger LOG = LoggerFactory.getLogger(Forecasts.class);

  /** The command that builds the graph, for pages that have none to show. */
  public static final String BUILD_COMMAND = "radar forecast build";

  static final int CACHED_READERS = 200;

  /** A loaded graph with its look-ups. */
  static final class Loaded {
    final ConceptGraph graph;
    final FileTime mtime;
    final ConceptMatcher matcher;
    final Map<String, Integer> byName = new HashMap<>();
    final int horizonDays;
    private final Map<List<String>, List<DirectionSuggester.Direction>> directions =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(
              Map.Entry<List<String>, List<DirectionSuggester.Direction>> e) {
            return size() > CACHED_READERS;
          }
        };

    Loaded(ConceptGraph graph, FileTime mtime) {
      this.graph = graph;
      this.mtime = mtime;
      this.matcher = ConceptMatcher.of(graph.concepts());
      for (int i = 0; i < graph.nodeCount(); i++) {
        byName.putIfAbsent(graph.concept(i), i);
      }
      this.horizonDays = DirectionSuggester.defaultHorizon(graph);
    }
  }

  /** A concept's neighbour: the papers that share both. */
  public record Neighbour(String concept, int papers) {}

  private final Path file; // null: none
  private final int minDegree;
  private final Duration checkEvery;
  private final Clock clock;
  private Loaded loaded;
  private Instant checkedAt;

  /**
   * @param file the graph file
   * @param minDegree suggested concepts need this many links (as {@code forecast suggest})
   * @param checkEvery how often at most the file's modification time is looked at
   */
  public Forecasts(Path file, int minDegree, Duration checkEvery, Clock clock) {
    this.file = file;
    this.minDegree = minDegree;
    this.checkEvery = checkEvery;
    this.clock = clock;
  }

  /** The graph of a data folder: {@code DATA/forecast/graph.bin}, checked once a minute. */
  public static Forecasts inDataDir(Path dataDir) {
    return new Forecasts(
        dataDir.resolve("forecast").resolve("graph.bin"),
        5,
        Duration.ofMinutes(1),
        Clock.systemUTC());
  }

  /** No graph ever (a web app without a data folder). */
  public static Forecasts none() {
    return new Forecasts(null, 5, Duration.ofDays(36500), Clock.systemUTC());
  }

  /** The current graph, loading or reloading it if the file changed; empty when none is built. */
  synchronized Optional<Loaded> current() {
    if (file == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (checkedAt != null && now.isBefore(checkedAt.plus(checkEvery))) {
      return Optional.ofNullable(loaded);
    }
    checkedAt = now;
    FileTime mtime;
    try {
      mtime = Files.getLastModifiedTime(file);
    } catch (NoSuchFileException e) {
      loaded = null;
      return Optional.empty();
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (loaded == null || !loaded.mtime.equals(mtime)) {
      try {
        long t0 = System.nanoTime();
        Optional<GraphFile.Saved> saved = GraphFile.find(file);
        loaded = saved.map(s -> new Loaded(s.graph(), mtime)).orElse(null);
        LOG.info(
            "concept graph {} loaded in {} ms",
            file,
            Duration.ofNanos(System.nanoTime() - t0).toMillis());
      } catch (IOException | RuntimeException e) {
        loaded = null;
        checkedAt = null; // try again on the next request
        throw unreadable(e);
      }
    }
    return Optional.ofNullable(loaded);
  }

  private WebError unreadable(Exception e) {
    LOG.warn("cannot read the concept graph {}", file, e);
    return new WebError(
        503,
        "Concept graph unavailable",
        "the concept graph could not be read; rebuild it with `" + BUILD_COMMAND + " --rebuild`");
  }

  /** The current graph, or a 503 saying how to build one (for the API). */
  Loaded expect() {
    return current()
        .orElseThrow(
            () ->
                new WebError(
                    503,
                    "No concept graph",
                    "no concept graph has been built yet: run `" + BUILD_COMMAND + "`"));
  }

  /** A reader's directions (cached per set of papers until the graph changes). */
  List<DirectionSuggester.Direction> directions(Loaded g, Collection<String> papers, int n) {
    List<String> key = new ArrayList<>(new TreeSet<>(papers));
    key.add("#" + n);
    synchronized (g.directions) {
      List<DirectionSuggester.Direction> hit = g.directions.get(key);
      if (hit != null) {
        return hit;
      }
    }
    List<DirectionSuggester.Direction> out =
        List.copyOf(new DirectionSuggester(g.graph, g.horizonDays, minDegree).suggest(papers, n));
    synchronized (g.directions) {
      g.directions.put(key, out);
    }
    return out;
  }

  /** A concept by its exact name, or else by its normalised spelling. */
  static Optional<Integer> findConcept(Loaded g, String name) {
    Integer exact = g.byName.get(name);
    return exact != null ? Optional.of(exact) : g.matcher.findConcept(name);
  }

  static ConceptTrend trend(Loaded g, int concept, ConceptTrend.Step step) {
    return ConceptTrend.of(g.graph, concept, step);
  }

  /** The concepts sharing the most papers with this one. */
  static List<Neighbour> neighbours(Loaded g, int concept, int n) {
    ConceptGraph graph = g.graph;
    List<int[]> found = new ArrayList<>();
    for (int e = 0; e < graph.edgeCount(); e++) {
      long key = graph.edgeKey(e);
      int a = ConceptGraph.first(key);
      int b = ConceptGraph.second(key);
      if (a == concept || b == concept) {
        found.add(new int[] {a == concept ? b : a, graph.edgeWeight(e)});
      }
    }
    found.sort(
        Comparator.comparingInt((int[] x) -> -x[1])
            .thenComparing(x -> graph.concept(x[0]), Comparator.naturalOrder()));
    return found.stream().limit(n).map(x -> new Neighbour(graph.concept(x[0]), x[1])).toList();
  }

  /** Ids of the concept's newest papers. */
  static List<String> recentPapers(Loaded g, int concept, int n) {
    ConceptGraph graph = g.graph;
    List<Integer> ps = new ArrayList<>();
    for (int p = 0; p < graph.paperCount(); p++) {
      if (Arrays.binarySearch(graph.paperConcepts(p), concept) >= 0) {
        ps.add(p);
      }
    }
    ps.sort(Comparator.comparingInt((Integer p) -> -graph.paperDay(p)));
    return ps.stream().limit(n).map(graph::paperId).toList();
  }
}
