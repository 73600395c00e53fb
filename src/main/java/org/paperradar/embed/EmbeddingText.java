package org.paperradar.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.paperradar.paper.Paper;

/** What an encoder reads for a paper, and the hash that tells when a cached vector is stale. */
public final class EmbeddingText {
  private EmbeddingText() {}

  /** Title + ". " + abstract (no doubled full stop when the title already ends a sentence). */
  public static String of(Paper p) {
    String title = p.title().strip();
    String abs = p.abstractText().strip();
    if (title.isEmpty()) {
      return abs;
    }
    if (abs.isEmpty()) {
      return title;
    }
    char last = title.charAt(title.length() - 1);
    return title + (last == '.' || last == '?' || last == '!' ? " " : ". ") + abs;
  }

  /** 16 hex digits of SHA-256 over the exact text: any change the model could see changes it. */
  public static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public static String hash(Paper p) {
    return hash(of(p));
  }
}
