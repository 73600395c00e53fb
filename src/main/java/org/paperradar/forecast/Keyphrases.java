package org.paperradar.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concepts for a corpus without a list, RAKE-style (Rose et al. 2010): a candidate is a run of
 * content words between stop words and punctuation, one to {@link #MAX_WORDS} words long. Filters
 * keep the ones that behave like concepts: in at least {@code minDf} papers (no one-off phrasing),
 * in at most {@code maxDfShare} of them (no "model" or "theory" hubs), one-word ones at least 4
 * letters. Counts are per paper, so a phrase repeated in one abstract counts once.
 */
public final class Keyphrases {
  static final int MAX_WORDS = 4;

  private final Map<String, int[]> documentFrequency = new HashMap<>();
  private int documents;

  /** Counts the candidates of one paper's text. */
  public void add(String text) {
    documents++;
    for (String c : new HashSet<>(candidates(ConceptText.tokens(text)))) {
      documentFrequency.computeIfAbsent(c, k -> new int[1])[0]++;
    }
  }

  public int documents() {
    return documents;
  }

  /** The kept phrases, most frequent first (ties by spelling), at most {@code max}. */
  public List<String> concepts(int minDf, double maxDfShare, int minWords, int max) {
    double maxDf = Math.max(minDf, maxDfShare * documents);
    return documentFrequency.entrySet().stream()
        .filter(e -> e.getValue()[0] >= minDf && e.getValue()[0] <= maxDf)
        .filter(e -> minWords <= 1 || e.getKey().split(" ").length >= minWords)
        .sorted(
            (x, y) ->
                x.getValue()[0] != y.getValue()[0]
                    ? Integer.compare(y.getValue()[0], x.getValue()[0])
                    : x.getKey().compareTo(y.getKey()))
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Runs of content words, as normalised phrases. */
  static List<String> candidates(List<String> tokens) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String t : tokens) {
      if (isContent(t)) {
        run.add(t);
      } else {
        emit(run, out);
      }
    }
    emit(run, out);
    return out;
  }

  private static void emit(List<String> run, List<String> out) {
    if (!run.isEmpty() && run.size() <= MAX_WORDS && (run.size() > 1 || run.get(0).length() >= 4)) {
      out.add(String.join(" ", run));
    }
    run.clear();
  }

  private static boolean isContent(String t) {
    if (t.equals(ConceptText.BREAK) || STOP.contains(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false; // numbers separate phrases
  }

  /**
   * English function words (after the SMART list) and the verbs and nouns of academic prose that
   * say nothing about a topic. Plurals are folded as {@link ConceptText} does.
   */
  static final Set<String> STOP =
      Set.of(
          "a",
          "about",
          "above",
          "according",
          "across",
          "after",
          "again",
          "against",
          "all",
          "almost",
          "along",
          "already",
          "also",
          "although",
          "always",
          "among",
          "an",
          "and",
          "another",
          "any",
          "are",
          "around",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "cannot",
          "could",
          "do",
          "doe",
          "done",
          "due",
          "during",
          "each",
          "either",
          "else",
          "et",
          "etc",
          "even",
          "ever",
          "every",
          "for",
          "from",
          "further",
          "had",
          "ha",
          "has",
          "have",
          "having",
          "here",
          "hence",
          "how",
          "however",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "least",
          "le",
          "less",
          "may",
          "might",
          "more",
          "most",
          "much",
          "must",
          "namely",
          "neither",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "often",
          "on",
          "once",
          "one",
          "only",
          "onto",
          "or",
          "other",
          "otherwise",
          "our",
          "ourselves",
          "out",
          "over",
          "own",
          "per",
          "perhap",
          "quite",
          "rather",
          "same",
          "several",
          "should",
          "since",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "them",
          "themselves",
          "then",
          "there",
          "thereby",
          "therefore",
          "these",
          "they",
          "this",
          "those",
          "though",
          "through",
          "thu",
          "to",
          "together",
          "too",
          "toward",
          "towards",
          "under",
          "until",
          "up",
          "upon",
          "us",
          "very",
          "via",
          "wa",
          "was",
          "we",
          "well",
          "were",
          "what",
          "when",
          "where",
          "whereas",
          "whether",
          "which",
          "while",
          "who",
          "whose",
          "why",
          "will",
          "with",
          "within",
          "without",
          "would",
          "yet",
          "you",
          "your",
          "two",
          "three",
          "four",
          "first",
          "second",
          "new",
          "different",
          "various",
          "given",
          "general",
          "certain",
          "particular",
          "possible",
          "simple",
          "based",
          "using",
          "use",
          "used",
          "show",
          "shown",
          "study",
          "studied",
          "find",
          "found",
          "obtain",
          "obtained",
          "present",
          "presented",
          "propose",
          "proposed",
          "consider",
          "considered",
          "discuss",
          "discussed",
          "give",
          "paper",
          "result",
          "work",
          "method",
          "approach",
          "problem",
          "case",
          "way",
          "terms",
          "term",
          "example",
          "number",
          "order",
          "type",
          "form",
          "fact",
          "allow",
          "allows",
          "make",
          "makes",
          "made",
          "take",
          "taken",
          "lead",
          "leads",
          "known",
          "recent",
          "recently",
          "large",
          "small",
          "high",
          "low",
          "non",
          "explicit",
          "explicitly",
          "exact",
          "exactly",
          "derive",
          "derived",
          "compute",
          "computed",
          "calculate",
          "calculated",
          "investigate",
          "investigated",
          "describe",
          "described",
          "demonstrate",
          "provide",
          "provided",
          "related",
          "respectively",
          "thus",
          "like",
          "many",
          "introduce",
          "introduced",
          "point",
          "argue");
}
