package org.paperradar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.paperradar.index.IndexFields;

/**
 * The best passage of an abstract for a query (Lucene's {@link UnifiedHighlighter}, offsets from
 * re-analysing the text, so stems match: "models" marks "model"). One passage of about {@link
 * #LENGTH} characters, word aligned; without a match, the abstract's beginning.
 */
public final class Snippets {
  /** The passage length aimed at, in characters. */
  public static final int LENGTH = 200;

  /** A span of matched text, offsets into {@link Snippet#text()} (end exclusive). */
  public record Match(int start, int end) {}

  /**
   * A passage and where the query matched in it. Callers mark the matches themselves (escaping the
   * text first for HTML); {@code cutBefore}/{@code cutAfter} say whether the abstract goes on.
   */
  public record Snippet(String text, List<Match> matches, boolean cutBefore, boolean cutAfter) {
    public Snippet {
      matches = List.copyOf(matches);
    }

    /** The text with each match wrapped in {@code open}/{@code close}, ellipses where cut. */
    public String marked(String open, String close) {
      StringBuilder b = new StringBuilder(text.length() + 16);
      if (cutBefore) {
        b.append('…');
      }
      int at = 0;
      for (Match m : matches) {
        b.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
        at = m.end();
      }
      b.append(text, at, text.length());
      if (cutAfter) {
        b.append('…');
      }
      return b.toString();
    }
  }

  private final UnifiedHighlighter highlighter;

  public Snippets() {
    highlighter =
        UnifiedHighlighter.builderWithoutSearcher(IndexFields.analyzer())
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.3f))
            .withFormatter(new SnippetFormatter())
            .withMaxNoHighlightPassages(1)
            .build();
  }

  /** The best passage of {@code abstractText} for {@code query} (its abstract terms). */
  public Snippet forAbstract(Query query, String abstractText) {
    if (abstractText == null || abstractText.isEmpty()) {
      return new Snippet("", List.of(), false, false);
    }
    try {
      Object s = highlighter.highlightWithoutSearcher(IndexFields.ABSTRACT, query, abstractText, 1);
      if (s instanceof Snippet snippet) {
        return snippet;
      }
      // No passage at all (cannot happen with maxNoHighlightPassages 1): the start, unmarked.
      int end = Math.min(LENGTH, abstractText.length());
      return new Snippet(
          abstractText.substring(0, end), List.of(), false, end < abstractText.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes a {@link Snippet} of the first (best) passage; trims surrounding white space. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return null;
      }
      Passage p = passages[0];
      int start = p.getStartOffset();
      int end = p.getEndOffset();
      while (start < end && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      List<Match> matches = new ArrayList<>(p.getNumMatches());
      int last = start;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int ms = Math.max(p.getMatchStarts()[i], last);
        int me = Math.min(p.getMatchEnds()[i], end);
        if (ms < me) {
          matches.add(new Match(ms - start, me - start));
          last = me;
        }
      }
      return new Snippet(content.substring(start, end), matches, start > 0, end < content.length());
    }
  }
}
