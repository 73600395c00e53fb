package org.paperradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paperradar.paper.Paper;
import org.paperradar.search.ScorePart;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.Snippets;

/** Prints ranked papers as aligned text lines or as a JSON array (for scripts). */
final class ResultPrinter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultPrinter() {}

  static void print(List<ScoredPaper> results, boolean json, PrintWriter out) {
    print(results, json, out, null);
  }

  /**
   * As {@link #print(List, boolean, PrintWriter)}, with a snippet per result when {@code snippets}
   * is given: one indented line (matches in **bold**), or {@code "snippet"} in JSON.
   */
  static void print(
      List<ScoredPaper> results,
      boolean json,
      PrintWriter out,
      Function<Paper, Snippets.Snippet> snippets) {
    if (json) {
      out.println(toJson(results, snippets));
    } else {
      for (int i = 0; i < results.size(); i++) {
        ScoredPaper r = results.get(i);
        Paper p = r.paper();
        out.printf(
            Locale.ROOT,
            "%3d. %-16s %s  %s%n       %s%n",
            i + 1,
            p.id(),
            p.date() == null ? "----------" : p.date(),
            p.title(),
            parts(r.parts()));
        if (snippets != null) {
          String line = snippets.apply(p).marked("**", "**");
          if (!line.isEmpty()) {
            out.printf(Locale.ROOT, "       %s%n", line.replaceAll("\\s+", " "));
          }
        }
      }
      if (results.isEmpty()) {
        out.println("no results");
      }
    }
    out.flush();
  }

  private static String parts(List<ScorePart> parts) {
    return parts.stream()
        .map(
            p ->
                p.rank() == 0
                    ? p.name() + " -"
                    : String.format(Locale.ROOT, "%s %.4g (#%d)", p.name(), p.value(), p.rank()))
        .collect(Collectors.joining(", "));
  }

  static String toJson(List<ScoredPaper> results) {
    return toJson(results, null);
  }

  static String toJson(List<ScoredPaper> results, Function<Paper, Snippets.Snippet> snippets) {
    ArrayNode arr = JSON.createArrayNode();
    for (ScoredPaper r : results) {
      Paper p = r.paper();
      ObjectNode o = arr.addObject();
      o.put("id", p.id());
      o.put("title", p.title());
      o.put("score", r.score());
      ArrayNode parts = o.putArray("parts");
      for (ScorePart sp : r.parts()) {
        parts.addObject().put("name", sp.name()).put("value", sp.value()).put("rank", sp.rank());
      }
      p.authors().forEach(o.putArray("authors")::add);
      p.categories().forEach(o.putArray("categories")::add);
      o.put("date", p.date() == null ? null : p.date().toString());
      if (snippets != null) {
        o.put("snippet", snippets.apply(p).marked("**", "**"));
      }
    }
    try {
      return JSON.writeValueAsString(arr);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
