package org.paperradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An author-temporal recommendation task file: a header line naming the corpus (relative to the
 * data folder that holds {@code eval/}) and the first candidate date, then one user a line with
 * their profile papers (before the date) and positives (their papers on or after it).
 */
public record RecommendTask(Path corpus, LocalDate dateFrom, List<User> users) {

  /** One evaluated reader. */
  public record User(String name, List<String> profile, Set<String> positives) {}

  /**
   * Reads a task file. The corpus path in the header is resolved against the folder two levels up
   * from the file's folder ({@code data/eval/recommend/x.jsonl} → {@code data/}), then against the
   * file's own folder, so copies of the file elsewhere still find their corpus.
   */
  public static RecommendTask read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<User> users = new ArrayList<>();
    Path corpus = null;
    LocalDate from = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(file + ":" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (lineNo == 1) {
          corpus = resolveCorpus(file, text(n, "corpus", file, lineNo));
          from = LocalDate.parse(text(n.path("candidates"), "date_from", file, lineNo));
          continue;
        }
        List<String> profile = new ArrayList<>();
        n.path("profile").forEach(x -> profile.add(x.asText()));
        Set<String> positives = new LinkedHashSet<>();
        n.path("positives").forEach(x -> positives.add(x.asText()));
        if (profile.isEmpty() || positives.isEmpty()) {
          throw new IOException(file + ":" + lineNo + ": a user needs profile and positives");
        }
        users.add(new User(text(n, "user", file, lineNo), profile, positives));
      }
    }
    if (corpus == null) {
      throw new IOException(file + ": empty task file");
    }
    return new RecommendTask(corpus, from, users);
  }

  private static String text(JsonNode n, String field, Path file, int line) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IOException(file + ":" + line + ": missing text field '" + field + "'");
    }
    return v.asText();
  }

  private static Path resolveCorpus(Path file, String corpus) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    List<Path> tried = new ArrayList<>();
    if (dir.getParent() != null && dir.getParent().getParent() != null) {
      tried.add(dir.getParent().getParent().resolve(corpus));
    }
    tried.add(dir.resolve(corpus));
    for (Path p : tried) {
      if (Files.exists(p)) {
        return p.normalize();
      }
    }
    throw new IOException("corpus " + corpus + " named in " + file + " not found; tried " + tried);
  }
}
