package org.paperradar.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for links that act without a login: the unsubscribe link ({@code u.ID.MAC}) and the
 * secret feed URL ({@code f.ID.MAC}, also signed with the reader's feed key so it can be revoked).
 * HMAC-SHA256 with a 256-bit secret generated once and kept in the data folder, so links in mails
 * already sent stay valid across restarts; nothing about the token is stored.
 */
public final class UnsubscribeTokens {
  public static final String SECRET_FILE = "digest-secret";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] secret;

  public UnsubscribeTokens(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the secret must have at least 256 bits");
    }
    this.secret = secret.clone();
  }

  /** Reads the data folder's secret, creating it (owner-only) on first use. */
  public static UnsubscribeTokens inDataDir(Path dataDir) {
    Path file = dataDir.resolve(SECRET_FILE);
    try {
      if (!Files.exists(file)) {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        Files.createDirectories(dataDir);
        Path tmp = Files.createTempFile(dataDir, SECRET_FILE, ".tmp");
        try {
          ownerOnly(tmp);
          Files.writeString(tmp, HexFormat.of().formatHex(b), StandardCharsets.US_ASCII);
          // Two processes starting together: the first link wins, the other reads it.
          Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException raced) {
          // another process created it first
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      return new UnsubscribeTokens(
          HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the digest secret " + file, e);
    }
  }

  public String unsubscribeToken(long userId) {
    return "u." + userId + "." + mac("unsubscribe", userId, "");
  }

  /** The reader of a valid unsubscribe token. */
  public OptionalLong verifyUnsubscribe(String token) {
    return verify(token, "u", "unsubscribe", id -> "");
  }

  public String feedToken(long userId, String feedKey) {
    return "f." + userId + "." + mac("feed", userId, feedKey);
  }

  /** The reader of a valid feed token, checked against their current feed key. */
  public OptionalLong verifyFeed(String token, java.util.function.LongFunction<String> feedKey) {
    return verify(token, "f", "feed", feedKey);
  }

  private OptionalLong verify(
      String token, String prefix, String purpose, java.util.function.LongFunction<String> key) {
    if (token == null) {
      return OptionalLong.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals(prefix) || !parts[1].matches("\\d{1,18}")) {
      return OptionalLong.empty();
    }
    long id = Long.parseLong(parts[1]);
    byte[] expected = mac(purpose, id, key.apply(id)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = parts[2].getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? OptionalLong.of(id) : OptionalLong.empty();
  }

  private String mac(String purpose, long userId, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] out =
          mac.doFinal((purpose + "|" + userId + "|" + key).getBytes(StandardCharsets.UTF_8));
      return B64.encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static void ownerOnly(Path p) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data folder's own permissions apply
    }
  }
}
