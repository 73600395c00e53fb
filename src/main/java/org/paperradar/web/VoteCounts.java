package org.paperradar.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.paperradar.trending.VoteStore;

/**
 * Vote counts for lists of papers, cached in memory: the web app is where votes are cast, so it
 * updates the cache itself on every vote and a listing needs no database read for its counts.
 */
final class VoteCounts {
  private final VoteStore votes;
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();

  VoteCounts(VoteStore votes) {
    this.votes = votes;
  }

  Map<String, Integer> counts(Collection<String> ids) {
    Map<String, Integer> out = new HashMap<>();
    List<String> missing = ids.stream().filter(id -> !counts.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      Map<String, Integer> loaded = votes.counts(missing);
      for (String id : missing) {
        counts.put(id, loaded.getOrDefault(id, 0));
      }
    }
    for (String id : ids) {
      out.put(id, counts.getOrDefault(id, 0));
    }
    return out;
  }

  Set<String> votedBy(long userId, Collection<String> ids) {
    return votes.votedBy(userId, ids);
  }

  /** Casts or withdraws the reader's vote; returns the paper's new count. */
  int set(long userId, String paperId, boolean up) {
    boolean changed =
        up ? votes.vote(userId, paperId, java.time.Instant.now()) : votes.unvote(userId, paperId);
    if (changed) {
      counts.remove(paperId);
    }
    return counts(List.of(paperId)).get(paperId);
  }
}
