package org.paperradar.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paperradar.ingest.CollectingSink;
import org.paperradar.ingest.Formats;
import org.paperradar.ingest.Ingester;
import org.paperradar.ingest.PaperSource;
import org.paperradar.ingest.Reject;
import org.paperradar.paper.Paper;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchMode;
import org.paperradar.search.SearchRequest;
import org.paperradar.store.PaperDao;
import org.paperradar.store.Relation;
import org.paperradar.store.UserStore;

/**
 * Profile seeding with what the store and index offer: candidates by the index's author filter
 * (accent- and case-insensitive, "LeCun" finds "Yann LeCun"), and pasted listings read by the
 * ingest formats, stored, and marked as the reader's own (a pasted abstract without an id counts as
 * the arXiv paper it was matched to).
 */
public final class StoreProfileSeeding implements ProfileSeeding {
  private final PaperDao papers;
  private final UserStore users;
  private final LuceneSearchBackend search;
  private final Ingester ingester;
  private final WebServices.Reindexer reindexer;

  public StoreProfileSeeding(
      PaperDao papers,
      UserStore users,
      LuceneSearchBackend search,
      Ingester ingester,
      WebServices.Reindexer reindexer) {
    this.papers = papers;
    this.users = users;
    this.search = search;
    this.ingester = ingester;
    this.reindexer = reindexer;
  }

  @Override
  public List<Paper> candidatesByAuthor(String authorName, int limit) {
    List<ScoredPaper> hits =
        search.search(
            new SearchRequest(
                "*:*", SearchMode.LEXICAL, Set.of(), null, null, authorName.strip(), limit));
    List<Paper> out = new ArrayList<>(hits.stream().map(ScoredPaper::paper).toList());
    out.sort(
        Comparator.comparing(
                (Paper p) -> p.date() == null ? java.time.LocalDate.MIN : p.date(),
                Comparator.reverseOrder())
            .thenComparing(Paper::id));
    return out;
  }

  @Override
  public int confirm(long userId, List<String> paperIds) {
    return users.add(userId, Relation.OWN, paperIds);
  }

  @Override
  public Result fromListing(long userId, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String head = text.substring(0, Math.min(text.length(), 65536));
    PaperSource source = Formats.detect(head).orElse(Formats.expect("pasted"));
    CollectingSink sink = new CollectingSink();
    try {
      source.read(new ByteArrayInputStream(bytes), "pasted by reader " + userId, sink);
      if (!sink.papers().isEmpty()) {
        ingester.ingest(
            new ByteArrayInputStream(bytes), "web:seed:" + userId, null, source.format(), null);
        reindexer.update();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Paper p : sink.papers()) {
      ids.add(p.isLocal() ? papers.findSameAs(p.id()).orElse(p.id()) : p.id());
    }
    List<String> stored = new ArrayList<>();
    for (String id : ids) {
      if (papers.findPaper(id).isPresent()) {
        stored.add(id);
      }
    }
    users.add(userId, Relation.OWN, stored);
    List<String> rejects = sink.rejects().stream().map(Reject::reason).toList();
    return new Result(sink.papers().size(), stored.size(), rejects);
  }
}
