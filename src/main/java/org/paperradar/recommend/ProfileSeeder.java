package org.paperradar.recommend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperradar.ingest.CollectingSink;
import org.paperradar.ingest.Ingester;
import org.paperradar.ingest.Reject;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.InvalidArxivIdException;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.Relation;
import org.paperradar.store.UserStore;

/**
 * Seeds a reader's profile with their own papers: by author name (listing the matches to confirm,
 * since names are ambiguous), by arXiv ids, or from a pasted listing or BibTeX file in any format
 * the ingester reads (the papers are stored first, so they can be recommended against).
 */
public final class ProfileSeeder {
  /** Papers listed under one spelling of an author name. */
  public record AuthorMatch(String name, List<Paper> papers) {}

  /** What seeding did: papers added to the profile, already there, and inputs not used. */
  public record SeedResult(List<String> added, List<String> alreadyThere, List<String> notFound) {}

  private final Database db;
  private final PaperDao papers;
  private final UserStore users;

  public ProfileSeeder(Database db) {
    this.db = db;
    this.papers = new PaperDao(db);
    this.users = new UserStore(db);
  }

  /**
   * Author names in the store that may be the one given: the same name ignoring case and accents,
   * or the same surname with a matching first initial ("A. Hadid" for "Abdenour Hadid"). Each comes
   * with its papers, newest first, for the reader to confirm.
   */
  public List<AuthorMatch> findAuthor(String name) {
    String key = normalise(name);
    String[] parts = key.split(" ");
    String surname = parts[parts.length - 1];
    char initial = parts.length > 1 ? parts[0].charAt(0) : 0;
    List<AuthorMatch> exact = new ArrayList<>();
    List<AuthorMatch> similar = new ArrayList<>();
    for (String candidate : papers.authorNames()) {
      String k = normalise(candidate);
      if (k.equals(key)) {
        exact.add(new AuthorMatch(candidate, papers.findByAuthor(candidate)));
      } else if (initial != 0) {
        String[] cp = k.split(" ");
        if (cp.length > 1 && cp[cp.length - 1].equals(surname) && cp[0].charAt(0) == initial) {
          similar.add(new AuthorMatch(candidate, papers.findByAuthor(candidate)));
        }
      }
    }
    exact.addAll(similar);
    return exact;
  }

  /** Adds the papers of these author names (as confirmed by the reader). */
  public SeedResult seedAuthors(long userId, List<AuthorMatch> confirmed) {
    List<String> ids = new ArrayList<>();
    confirmed.forEach(m -> m.papers().forEach(p -> ids.add(p.id())));
    return addOwn(userId, ids, List.of());
  }

  /**
   * Adds papers by arXiv id (any accepted spelling, versions ignored); unknown ids are reported.
   */
  public SeedResult seedIds(long userId, List<String> ids) {
    List<String> known = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    for (String raw : ids) {
      try {
        String id = ArxivId.parse(raw.strip()).withoutVersion().toString();
        if (papers.findPaper(id).isPresent()) {
          known.add(id);
        } else {
          notFound.add(raw.strip() + " (not in the store; ingest or harvest it first)");
        }
      } catch (InvalidArxivIdException e) {
        notFound.add(raw.strip() + " (" + e.getMessage() + ")");
      }
    }
    return addOwn(userId, known, notFound);
  }

  /**
   * Adds the papers of a pasted text or file (arXiv listing, abstract list, Daily Papers page,
   * BibTeX, JSONL…): they are ingested, and pasted papers without an id are used as their matched
   * arXiv record when there is one. Rejected records are reported with their position.
   */
  public SeedResult seedText(long userId, byte[] content, String origin) throws IOException {
    CollectingSink parsed = Ingester.read(new ByteArrayInputStream(content), origin);
    new Ingester(db, 500).ingest(new ByteArrayInputStream(content), origin, null, null, null);
    List<String> ids = new ArrayList<>();
    for (Paper p : parsed.papers()) {
      String id = p.id();
      ids.add(id.startsWith("local:") ? papers.findSameAs(id).orElse(id) : id);
    }
    List<String> rejects = parsed.rejects().stream().map(Reject::toString).toList();
    return addOwn(userId, ids, rejects);
  }

  private SeedResult addOwn(long userId, List<String> ids, List<String> notFound) {
    Set<String> unique = new LinkedHashSet<>(ids);
    Set<String> before = users.papers(userId).keySet();
    List<String> added = new ArrayList<>();
    List<String> there = new ArrayList<>();
    for (String id : unique) {
      (before.contains(id) ? there : added).add(id);
    }
    users.add(userId, Relation.OWN, added);
    return new SeedResult(added, there, notFound);
  }

  /** Lower case, accents and punctuation removed, single spaces: "Ahmet Üstün" → "ahmet ustun". */
  static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.isEmpty() ? "?" : s;
  }
}
