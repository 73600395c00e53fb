package org.paperradar.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperradar.paper.Paper;
import org.paperradar.search.Snippets;

/**
 * A paper as a list shows it (daily papers, search results, the feed, the library): title, first
 * authors, categories, date, votes, and either a highlighted snippet or the abstract's start. All
 * text is plain; the templates escape it, and the snippet's matches are separate segments so the
 * marks are the only markup.
 */
public record Card(
    String id,
    String url,
    String title,
    List<Link> authors,
    int moreAuthors,
    List<String> categories,
    String date,
    int votes,
    boolean voted,
    List<Segment> snippet,
    Optional<String> reason,
    Optional<String> note) {

  /** A piece of snippet text, marked when the query matched it. */
  public record Segment(String text, boolean mark) {}

  /** A link: its text and its URL. */
  public record Link(String text, String url) {}

  static final int AUTHORS_SHOWN = 5;

  /** The paper page's URL for an id. */
  static String paperUrl(String id) {
    return "/paper/" + id;
  }

  static String authorUrl(String name) {
    return "/author?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  static List<Link> authorLinks(List<String> names, int max) {
    List<Link> out = new ArrayList<>();
    for (String n : names.subList(0, Math.min(max, names.size()))) {
      out.add(new Link(n, authorUrl(n)));
    }
    return out;
  }

  static Card of(Paper p, int votes, boolean voted, Optional<Snippets.Snippet> snippet) {
    List<Segment> segs = new ArrayList<>();
    if (snippet.isPresent()) {
      Snippets.Snippet s = snippet.get();
      int at = 0;
      String text = s.text();
      if (s.cutBefore()) {
        segs.add(new Segment("…", false));
      }
      for (Snippets.Match m : s.matches()) {
        segs.add(new Segment(text.substring(at, m.start()), false));
        segs.add(new Segment(text.substring(m.start(), m.end()), true));
        at = m.end();
      }
      segs.add(new Segment(text.substring(at) + (s.cutAfter() ? "…" : ""), false));
    } else {
      String a = p.abstractText() == null ? "" : p.abstractText();
      segs.add(new Segment(a.length() > 300 ? a.substring(0, 300).strip() + "…" : a, false));
    }
    return new Card(
        p.id(),
        paperUrl(p.id()),
        p.title(),
        authorLinks(p.authors(), AUTHORS_SHOWN),
        Math.max(0, Math.max(p.authorCount(), p.authors().size()) - AUTHORS_SHOWN),
        p.categories(),
        p.date() == null ? "" : p.date().toString(),
        votes,
        voted,
        segs,
        Optional.empty(),
        Optional.empty());
  }

  Card withReason(String why) {
    return new Card(
        id,
        url,
        title,
        authors,
        moreAuthors,
        categories,
        date,
        votes,
        voted,
        snippet,
        Optional.of(why),
        note);
  }

  Card withNote(String n) {
    return new Card(
        id,
        url,
        title,
        authors,
        moreAuthors,
        categories,
        date,
        votes,
        voted,
        snippet,
        reason,
        Optional.of(n));
  }
}
