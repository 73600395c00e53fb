package org.paperradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Loaders for the evaluation sets in the formats of {@code ../shared/data/eval/}. Any directory in
 * the same format works (other splits), and a malformed line fails with its file and line number:
 * an evaluation must not silently drop judgements.
 */
public final class EvalData {
  private EvalData() {}

  /** A document to rank: NFCorpus has text only (title empty), CSFCube title and abstract. */
  public record Doc(String id, String title, String text) {}

  /** A query: its text, or for CSFCube the query paper's id, its facet and its candidate pool. */
  public record Query(String id, String text, String facet, List<String> pool) {}

  /** A whole set: documents, queries, and graded judgements per query (doc id to grade). */
  public record Dataset(
      String name, List<Doc> docs, List<Query> queries, Map<String, Map<String, Integer>> qrels) {

    public Map<String, Doc> docsById() {
      Map<String, Doc> m = new HashMap<>();
      docs.forEach(d -> m.put(d.id(), d));
      return m;
    }
  }

  /**
   * NFCorpus: corpus.tsv(.gz) (id, text), queries.tsv (id, text), qrels.tsv (query, doc, grade).
   */
  public static Dataset nfcorpus(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    for (String[] f : tsv(find(dir, "corpus.tsv"), 2)) {
      docs.add(new Doc(f[0], "", f[1]));
    }
    List<Query> queries = new ArrayList<>();
    for (String[] f : tsv(dir.resolve("queries.tsv"), 2)) {
      queries.add(new Query(f[0], f[1], null, List.of()));
    }
    return new Dataset("nfcorpus", docs, queries, qrels(dir.resolve("qrels.tsv"), 0, 1, 2));
  }

  /**
   * CSFCube: corpus.jsonl(.gz) (id, title, abstract), queries.tsv (query_id, facet, pool_ids comma
   * separated), qrels.tsv (query_id, facet, cand_id, relevance). A query is a (paper, facet) pair.
   */
  public static Dataset csfcube(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    Path corpus = find(dir, "corpus.jsonl");
    int n = 0;
    try (BufferedReader r = reader(corpus)) {
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode d = json.readTree(line);
          docs.add(
              new Doc(
                  d.get("id").asText(), d.path("title").asText(""), d.path("abstract").asText("")));
        } catch (IOException | NullPointerException e) {
          throw new IOException(corpus + ":" + n + ": bad corpus line: " + e.getMessage(), e);
        }
      }
    }
    List<Query> queries = new ArrayList<>();
    for (String[] f : tsv(dir.resolve("queries.tsv"), 3)) {
      queries.add(new Query(f[0] + "/" + f[1], f[0], f[1], List.of(f[2].split(","))));
    }
    Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
    for (String[] f : tsv(dir.resolve("qrels.tsv"), 4)) {
      qrels.computeIfAbsent(f[0] + "/" + f[1], k -> new HashMap<>()).put(f[2], grade(f[3], dir));
    }
    return new Dataset("csfcube", docs, queries, qrels);
  }

  private static Map<String, Map<String, Integer>> qrels(Path file, int q, int d, int g)
      throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String[] f : tsv(file, 3)) {
      out.computeIfAbsent(f[q], k -> new HashMap<>()).put(f[d], grade(f[g], file));
    }
    return out;
  }

  private static int grade(String s, Path file) throws IOException {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IOException(file + ": grade '" + s + "' is not a number", e);
    }
  }

  /**
   * Rows with at least {@code columns} fields; a header row (non-numeric last column in qrels, or
   * named columns) is skipped.
   */
  static List<String[]> tsv(Path file, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    int n = 0;
    try (BufferedReader r = reader(file)) {
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", columns);
        if (f.length < columns) {
          throw new IOException(
              file + ":" + n + ": expected " + columns + " tab-separated fields, got " + f.length);
        }
        if (n == 1 && isHeader(f)) {
          continue;
        }
        rows.add(f);
      }
    }
    return rows;
  }

  private static boolean isHeader(String[] f) {
    String first = f[0].toLowerCase(java.util.Locale.ROOT);
    return first.equals("id")
        || first.endsWith("_id")
        || first.equals("query")
        || first.equals("qid");
  }

  private static Path find(Path dir, String name) throws IOException {
    for (String candidate : new String[] {name, name + ".gz"}) {
      Path p = dir.resolve(candidate);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IOException("no " + name + "(.gz) in " + dir);
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
