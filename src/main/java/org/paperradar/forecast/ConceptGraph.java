package org.paperradar.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time-stamped concept co-occurrence graph: an edge between two concepts of the same paper,
 * with its weight (papers that share both) and the day it was first seen. Pairs pack into one
 * {@code long} ({@code a << 32 | b}, {@code a < b}) and edge data lives in parallel primitive
 * arrays, so millions of edges cost tens of bytes each. Days are epoch days. Each paper's concepts
 * are kept as well: they give concept frequencies over time and the papers behind a concept.
 */
public final class ConceptGraph {
  private final List<String> concepts;
  private final List<String> paperIds = new ArrayList<>();
  private final Map<String, Integer> paperIndex = new HashMap<>();
  private int[] paperDays = new int[1024];
  private final List<int[]> paperConcepts = new ArrayList<>();
  private LongIntMap edgeIndex = new LongIntMap(1 << 16);
  private long[] edgeKeys = new long[1 << 16];
  private int[] edgeFirst = new int[1 << 16];
  private int[] edgeWeight = new int[1 << 16];
  private int edges;
  private boolean stale;

  public ConceptGraph(List<String> concepts) {
    this.concepts = List.copyOf(concepts);
  }

  public int nodeCount() {
    return concepts.size();
  }

  public List<String> concepts() {
    return concepts;
  }

  public String concept(int id) {
    return concepts.get(id);
  }

  public int edgeCount() {
    settle();
    return edges;
  }

  public int paperCount() {
    return paperIds.size();
  }

  public String paperId(int p) {
    return paperIds.get(p);
  }

  public int paperDay(int p) {
    return paperDays[p];
  }

  /** Distinct ascending concept ids of a paper. */
  public int[] paperConcepts(int p) {
    return paperConcepts.get(p);
  }

  public Optional<Integer> findPaper(String id) {
    return Optional.ofNullable(paperIndex.get(id));
  }

  /**
   * Adds a paper seen on {@code day} with these distinct ascending concept ids. A paper already in
   * the graph (its text changed) replaces its old concepts, and the edges are recounted.
   */
  public void addPaper(String id, int day, int[] conceptIds) {
    Integer known = paperIndex.get(id);
    if (known != null) {
      paperDays[known] = day;
      paperConcepts.set(known, conceptIds.clone());
      stale = true; // recounted once, when the edges are next read
      return;
    }
    int p = paperIds.size();
    paperIds.add(id);
    paperIndex.put(id, p);
    if (p == paperDays.length) {
      paperDays = Arrays.copyOf(paperDays, p * 2);
    }
    paperDays[p] = day;
    paperConcepts.add(conceptIds.clone());
    link(conceptIds, day);
  }

  private void link(int[] c, int day) {
    for (int i = 0; i < c.length; i++) {
      for (int j = i + 1; j < c.length; j++) {
        long key = pair(c[i], c[j]);
        int e = edgeIndex.get(key);
        if (e < 0) {
          if (edges == edgeKeys.length) {
            int cap = edges * 2;
            edgeKeys = Arrays.copyOf(edgeKeys, cap);
            edgeFirst = Arrays.copyOf(edgeFirst, cap);
            edgeWeight = Arrays.copyOf(edgeWeight, cap);
          }
          e = edges++;
          edgeIndex.put(key, e);
          edgeKeys[e] = key;
          edgeFirst[e] = day;
          edgeWeight[e] = 0;
        } else if (day < edgeFirst[e]) {
          edgeFirst[e] = day;
        }
        edgeWeight[e]++;
      }
    }
  }

  private void settle() {
    if (stale) {
      stale = false;
      rebuildEdges();
    }
  }

  private void rebuildEdges() {
    edgeIndex = new LongIntMap(Math.max(1 << 16, edges));
    edges = 0;
    for (int p = 0; p < paperIds.size(); p++) {
      link(paperConcepts.get(p), paperDays[p]);
    }
  }

  /** Restores saved edges (see {@link GraphFile}); the graph must have no edges yet. */
  void putEdge(long key, int firstDay, int weight) {
    if (edges == edgeKeys.length) {
      int cap = edges * 2;
      edgeKeys = Arrays.copyOf(edgeKeys, cap);
      edgeFirst = Arrays.copyOf(edgeFirst, cap);
      edgeWeight = Arrays.copyOf(edgeWeight, cap);
    }
    edgeIndex.put(key, edges);
    edgeKeys[edges] = key;
    edgeFirst[edges] = firstDay;
    edgeWeight[edges++] = weight;
  }

  /** Adds a paper from a saved file without relinking (its edges are saved too). */
  void putPaper(String id, int day, int[] conceptIds) {
    int p = paperIds.size();
    paperIds.add(id);
    paperIndex.put(id, p);
    if (p == paperDays.length) {
      paperDays = Arrays.copyOf(paperDays, p * 2);
    }
    paperDays[p] = day;
    paperConcepts.add(conceptIds);
  }

  public long edgeKey(int e) {
    return edgeKeys[e];
  }

  public int edgeFirstDay(int e) {
    return edgeFirst[e];
  }

  public int edgeWeight(int e) {
    return edgeWeight[e];
  }

  /** The edge index of a pair, or -1. */
  public int findEdge(int a, int b) {
    settle();
    return a == b ? -1 : edgeIndex.get(pair(a, b));
  }

  /** The pair key: smaller id in the high half. */
  public static long pair(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  public static int first(long pair) {
    return (int) (pair >>> 32);
  }

  public static int second(long pair) {
    return (int) pair;
  }

  /** Day of the newest paper, or {@link Integer#MIN_VALUE} when empty. */
  public int lastDay() {
    int last = Integer.MIN_VALUE;
    for (int p = 0; p < paperIds.size(); p++) {
      last = Math.max(last, paperDays[p]);
    }
    return last;
  }
}
