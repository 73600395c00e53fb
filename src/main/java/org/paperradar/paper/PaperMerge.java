package org.paperradar.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * Merges what two sources know about one paper. The record with the newer version wins on the
 * fields it has (equal or unknown versions: the incoming one, so a re-ingest of the same data is a
 * no-op); the other fills the gaps. Dates keep the earliest announcement/submission and the latest
 * update; sources are united.
 */
public final class PaperMerge {
  private PaperMerge() {}

  public static Paper merge(Paper existing, Paper incoming) {
    if (!existing.id().equals(incoming.id())) {
      throw new IllegalArgumentException(
          "cannot merge " + existing.id() + " with " + incoming.id());
    }
    boolean incomingWins = incoming.version() >= existing.version();
    Paper hi = incomingWins ? incoming : existing;
    Paper lo = incomingWins ? existing : incoming;
    TreeSet<String> sources = new TreeSet<>(existing.sources());
    sources.addAll(incoming.sources());
    return Paper.builder(existing.id())
        .title(text(hi.title(), lo.title()))
        .abstractText(text(hi.abstractText(), lo.abstractText()))
        .authors(list(hi.authors(), lo.authors()))
        .authorCount(Math.max(hi.authorCount(), lo.authorCount()))
        .categories(list(hi.categories(), lo.categories()))
        .announced(min(hi.announced(), lo.announced()))
        .submitted(min(hi.submitted(), lo.submitted()))
        .updated(max(hi.updated(), lo.updated()))
        .version(Math.max(hi.version(), lo.version()))
        .comment(text(hi.comment(), lo.comment()))
        .doi(text(hi.doi(), lo.doi()))
        .journalRef(text(hi.journalRef(), lo.journalRef()))
        .sources(sources)
        .upvotes(Math.max(hi.upvotes(), lo.upvotes()))
        .build();
  }

  private static String text(String preferred, String other) {
    return preferred != null && !preferred.isBlank() ? preferred : other;
  }

  private static List<String> list(List<String> preferred, List<String> other) {
    return preferred.isEmpty() ? other : preferred;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
