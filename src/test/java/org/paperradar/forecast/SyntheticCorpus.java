package org.paperradar.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up corpus with structure a link model can learn: concepts in clusters, papers mostly
 * within one cluster, popularity skewed, 2000–2009. Written as arXiv daily JSONL.
 */
public final class SyntheticCorpus {
  static final int CLUSTERS = 6;
  static final int PER_CLUSTER = 26;

  private SyntheticCorpus() {}

  public static List<String> concepts() {
    List<String> c = new ArrayList<>();
    for (int k = 0; k < CLUSTERS; k++) {
      for (int i = 0; i < PER_CLUSTER; i++) {
        c.add("topic" + word(k) + " method" + word(i));
      }
    }
    return c;
  }

  /** Letters only, so keyphrase extraction sees words: 0 → "a", 1 → "b", … */
  static String word(int i) {
    return String.valueOf((char) ('a' + i));
  }

  public static Path write(Path dir, int papersPerYear) throws IOException {
    List<String> concepts = concepts();
    Random r = new Random(7);
    List<String> lines = new ArrayList<>();
    int n = 0;
    for (int year = 2000; year <= 2009; year++) {
      for (int i = 0; i < papersPerYear; i++) {
        int cluster = r.nextInt(CLUSTERS);
        int k = 2 + r.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < k; j++) {
          int c =
              r.nextDouble() < 0.95
                  ? cluster * PER_CLUSTER + (int) (PER_CLUSTER * Math.pow(r.nextDouble(), 2))
                  : r.nextInt(concepts.size());
          text.append("We use ").append(concepts.get(c)).append(". ");
        }
        LocalDate d = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        lines.add(
            String.format(
                "{\"id\": \"1501.%05d\", \"title\": \"Paper %d\", \"abstract\": \"%s\","
                    + " \"authors\": [\"Ada %s\"], \"categories\": [\"cs.LG\"], \"date\": \"%s\"}",
                ++n, n, text.toString().strip(), word(cluster), d));
      }
    }
    Path file = dir.resolve("synthetic.jsonl");
    Files.write(file, lines);
    return file;
  }
}
