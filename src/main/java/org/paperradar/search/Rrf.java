package org.paperradar.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: score = sum over lists of 1 / (k + rank). It needs no score calibration
 * between BM25 and cosine, which live on unrelated scales. Each fused result keeps one part per
 * input list (rank 0 and value 0 where it was absent) and the fused {@code rrf} part.
 *
 * <p>Fusion needs only each candidate's id, score and rank, so the index fuses {@link Hit}s (doc
 * ids and the {@code id} read from doc values) and reads stored fields for the final top only.
 */
public final class Rrf {
  public static final int K = 60;

  /** One ranked input list, named for its {@link ScorePart}. */
  public record Ranked(String name, List<ScoredPaper> results) {}

  /**
   * A candidate before its stored fields are read: Lucene doc id (valid in one searcher), the paper
   * id (for fusing and ties) and its score in its own list.
   */
  public record Hit(int doc, String id, float score) {}

  /** One ranked list of hits, named for its {@link ScorePart}. */
  public record HitList(String name, List<Hit> hits) {}

  /** A fused hit: its doc, id, the fused score and the parts (one per list, then {@code rrf}). */
  public record Fused(int doc, String id, double score, List<ScorePart> parts) {}

  private Rrf() {}

  public static List<ScoredPaper> fuse(List<Ranked> lists, int limit) {
    Map<String, ScoredPaper> first = new HashMap<>();
    List<HitList> hitLists = new ArrayList<>(lists.size());
    for (Ranked r : lists) {
      List<Hit> hits = new ArrayList<>(r.results().size());
      for (ScoredPaper sp : r.results()) {
        first.putIfAbsent(sp.id(), sp);
        hits.add(new Hit(-1, sp.id(), (float) sp.score()));
      }
      hitLists.add(new HitList(r.name(), hits));
    }
    List<ScoredPaper> out = new ArrayList<>();
    for (Fused f : fuseHits(hitLists, limit)) {
      out.add(new ScoredPaper(first.get(f.id()).paper(), f.score(), f.parts()));
    }
    return out;
  }

  /**
   * Fuses ranked hit lists (the same paper is the same {@link Hit#id()}) into the top {@code
   * limit}.
   */
  public static List<Fused> fuseHits(List<HitList> lists, int limit) {
    Map<String, Entry> fused = new HashMap<>();
    for (int l = 0; l < lists.size(); l++) {
      List<Hit> hits = lists.get(l).hits();
      for (int i = 0; i < hits.size(); i++) {
        Hit h = hits.get(i);
        int rank = i + 1;
        int list = l;
        Entry e = fused.computeIfAbsent(h.id(), id -> new Entry(h, lists.size()));
        e.score += 1.0 / (K + rank);
        e.parts[list] = new ScorePart(lists.get(list).name(), h.score(), rank);
      }
    }
    List<Entry> entries = new ArrayList<>(fused.values());
    // Ties (same ranks in swapped lists) break by id so results are reproducible.
    entries.sort(
        Comparator.comparingDouble((Entry e) -> -e.score).thenComparing(e -> e.first.id()));
    List<Fused> out = new ArrayList<>(Math.min(limit, entries.size()));
    for (int r = 0; r < Math.min(limit, entries.size()); r++) {
      Entry e = entries.get(r);
      List<ScorePart> ps = new ArrayList<>(lists.size() + 1);
      for (int l = 0; l < lists.size(); l++) {
        ps.add(e.parts[l] != null ? e.parts[l] : new ScorePart(lists.get(l).name(), 0, 0));
      }
      ps.add(new ScorePart("rrf", e.score, r + 1));
      out.add(new Fused(e.first.doc(), e.first.id(), e.score, ps));
    }
    return out;
  }

  /** Running sum for one candidate. */
  private static final class Entry {
    final Hit first;
    final ScorePart[] parts;
    double score;

    Entry(Hit first, int lists) {
      this.first = first;
      this.parts = new ScorePart[lists];
    }
  }
}
