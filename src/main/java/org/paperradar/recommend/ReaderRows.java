package org.paperradar.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.paperradar.store.Relation;

/**
 * A reader's papers as rows of a snapshot: positives (own, liked, saved), dislikes, and every paper
 * they have any relation with (never recommended, seen ones included).
 */
@SuppressWarnings("ArrayRecordComponent") // row lists are read, never compared
record ReaderRows(int[] positives, int[] dislikes, Set<String> related) {
  private static final Set<Relation> POSITIVE = Set.of(Relation.OWN, Relation.LIKE, Relation.SAVE);

  static ReaderRows of(Map<String, Set<Relation>> relations, CorpusSnapshot c) {
    List<Integer> pos = new ArrayList<>();
    List<Integer> neg = new ArrayList<>();
    relations.forEach(
        (id, rs) ->
            c.findRow(id)
                .ifPresent(
                    row -> {
                      if (rs.contains(Relation.DISLIKE)) {
                        neg.add(row);
                      } else if (!Collections.disjoint(rs, POSITIVE)) {
                        pos.add(row);
                      }
                    }));
    return new ReaderRows(
        pos.stream().mapToInt(Integer::intValue).toArray(),
        neg.stream().mapToInt(Integer::intValue).toArray(),
        relations.keySet());
  }

  /**
   * The model's negatives: the dislikes plus {@code background} papers sampled (seeded by reader)
   * from everything that is not a positive — Scholar Inbox's recipe for readers who rate little.
   */
  int[] negatives(CorpusSnapshot c, int background, long seed) {
    Set<Integer> taken = new HashSet<>();
    for (int r : positives) {
      taken.add(r);
    }
    List<Integer> out = new ArrayList<>();
    for (int r : dislikes) {
      out.add(r);
      taken.add(r);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int want = Math.min(background, c.size() - taken.size());
    for (int tries = 0; out.size() - dislikes.length < want && tries < want * 4; tries++) {
      int r = rnd.nextInt(c.size());
      if (taken.add(r)) {
        out.add(r);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
