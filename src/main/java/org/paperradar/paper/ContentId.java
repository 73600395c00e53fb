package org.paperradar.paper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable ids for papers known only by their text (a pasted abstract, a Daily Papers card), and the
 * normalised text hash used to match such a paper to its arXiv record later.
 */
public final class ContentId {
  public static final String PREFIX = "local:";

  private ContentId() {}

  public static boolean isContentId(String id) {
    return id.startsWith(PREFIX);
  }

  /** {@code local:} + 16 hex digits of SHA-256 over the normalised abstract (or title if none). */
  public static String of(String title, String abstractText) {
    String basis = abstractText != null && !abstractText.isBlank() ? abstractText : title;
    return PREFIX + textHash(basis);
  }

  /**
   * Hash of a text after normalisation (NFKC, lower case, letters and digits only), so the same
   * abstract copied from a web page, a PDF or the API hashes alike.
   */
  public static String textHash(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String norm = normalize(text);
    if (norm.isEmpty()) {
      return null;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String normalize(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
