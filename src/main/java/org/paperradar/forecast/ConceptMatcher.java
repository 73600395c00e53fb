package org.paperradar.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every concept of a list in a text in one pass: an Aho–Corasick automaton over normalised
 * word ids (see {@link ConceptText}), so 64k concepts cost no more per word than ten. All matches
 * count, nested and overlapping ones too ("deep neural network" also yields "neural network"), as
 * in Science4Cast, where a concept is in a paper when its phrase is. List lines that normalise
 * alike ("neural networks", "Neural-Network") are one concept, named by the first.
 */
public final class ConceptMatcher {
  private final Map<String, Integer> vocabulary;
  private final Map<String, Integer> byKey;
  private final List<String> names;
  private final LongIntMap next;
  private final int[] fail;
  private final int[] output;
  private final int[] outputLink;

  private ConceptMatcher(
      Map<String, Integer> vocabulary,
      Map<String, Integer> byKey,
      List<String> names,
      LongIntMap next,
      int[] fail,
      int[] output,
      int[] outputLink) {
    this.vocabulary = vocabulary;
    this.byKey = byKey;
    this.names = names;
    this.next = next;
    this.fail = fail;
    this.output = output;
    this.outputLink = outputLink;
  }

  /** A matcher for these phrases; blank ones are skipped. Concept ids follow first appearance. */
  public static ConceptMatcher of(List<String> phrases) {
    Map<String, Integer> vocabulary = new HashMap<>();
    Map<String, Integer> byKey = new HashMap<>();
    List<String> names = new ArrayList<>();
    LongIntMap next = new LongIntMap(phrases.size() * 3);
    IntList parent = new IntList();
    IntList depth = new IntList();
    IntList token = new IntList();
    IntList output = new IntList();
    parent.add(0);
    depth.add(0);
    token.add(-1);
    output.add(-1);
    for (String phrase : phrases) {
      List<String> words = ConceptText.words(phrase);
      if (words.isEmpty()) {
        continue;
      }
      String key = String.join(" ", words);
      if (byKey.containsKey(key)) {
        continue;
      }
      int id = names.size();
      byKey.put(key, id);
      names.add(phrase.strip());
      int state = 0;
      for (String w : words) {
        int t = vocabulary.computeIfAbsent(w, k -> vocabulary.size());
        int s = next.get(edge(state, t));
        if (s < 0) {
          s = parent.size();
          parent.add(state);
          depth.add(depth.get(state) + 1);
          token.add(t);
          output.add(-1);
          next.put(edge(state, t), s);
        }
        state = s;
      }
      output.set(state, id);
    }
    int n = parent.size();
    int[] fail = new int[n];
    int[] outputLink = new int[n];
    int[] out = output.toArray();
    for (int s : byDepth(depth.toArray())) {
      int p = parent.get(s);
      if (s == 0 || p == 0) {
        continue;
      }
      int t = token.get(s);
      int f = fail[p];
      while (f != 0 && next.get(edge(f, t)) < 0) {
        f = fail[f];
      }
      int g = next.get(edge(f, t));
      fail[s] = g >= 0 && g != s ? g : 0;
      outputLink[s] = out[fail[s]] >= 0 ? fail[s] : outputLink[fail[s]];
    }
    return new ConceptMatcher(vocabulary, byKey, names, next, fail, out, outputLink);
  }

  /** Number of distinct concepts. */
  public int size() {
    return names.size();
  }

  public List<String> names() {
    return names;
  }

  /** The concept a phrase normalises to, if it is in the list. */
  public Optional<Integer> findConcept(String phrase) {
    return Optional.ofNullable(byKey.get(ConceptText.key(phrase)));
  }

  /** Distinct ids of the concepts in a text, ascending. */
  public int[] match(String text) {
    return match(ConceptText.tokens(text));
  }

  /** Distinct ids of the concepts in normalised tokens, ascending. */
  public int[] match(List<String> tokens) {
    IntList found = new IntList();
    int state = 0;
    for (String w : tokens) {
      Integer t = vocabulary.get(w);
      if (t == null) {
        state = 0; // a word of no concept (or a break): nothing spans it
        continue;
      }
      while (state != 0 && next.get(edge(state, t)) < 0) {
        state = fail[state];
      }
      int g = next.get(edge(state, t));
      state = g < 0 ? 0 : g;
      for (int s = output[state] >= 0 ? state : outputLink[state]; s != 0; s = outputLink[s]) {
        found.add(output[s]);
      }
    }
    int[] ids = found.toArray();
    Arrays.sort(ids);
    return distinct(ids);
  }

  static int[] distinct(int[] sorted) {
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, k);
  }

  private static long edge(int state, int token) {
    return ((long) state << 32) | token;
  }

  /** States in breadth-first order (failure links need the shallower ones first). */
  private static int[] byDepth(int[] depth) {
    int max = 0;
    for (int d : depth) {
      max = Math.max(max, d);
    }
    int[] start = new int[max + 2];
    for (int d : depth) {
      start[d + 1]++;
    }
    for (int i = 1; i < start.length; i++) {
      start[i] += start[i - 1];
    }
    int[] order = new int[depth.length];
    for (int s = 0; s < depth.length; s++) {
      order[start[depth[s]]++] = s;
    }
    return order;
  }
}
