package org.paperradar.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string format {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so the parameters travel with each hash and can be
 * raised later. The default is OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
 */
public final class PasswordHasher {
  /** Memory in KiB, passes and lanes. */
  public record Params(int memoryKib, int iterations, int parallelism) {}

  public static final Params OWASP = new Params(19_456, 2, 1);

  /** Cheap parameters for tests only. */
  public static final Params FAST_FOR_TESTS = new Params(256, 1, 1);

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final Params params;
  private final SecureRandom random = new SecureRandom();

  public PasswordHasher(Params params) {
    this.params = params;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, params, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return String.format(
        Locale.ROOT,
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
        params.memoryKib(),
        params.iterations(),
        params.parallelism(),
        b64.encodeToString(salt),
        b64.encodeToString(out));
  }

  /** Whether {@code password} matches the stored hash (constant-time comparison). */
  public boolean verify(String password, String encoded) {
    Matcher m = PHC.matcher(encoded);
    if (!m.matches()) {
      return false;
    }
    Params p =
        new Params(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    byte[] salt = Base64.getDecoder().decode(m.group(4));
    byte[] expected = Base64.getDecoder().decode(m.group(5));
    return MessageDigest.isEqual(expected, derive(password, salt, p, expected.length));
  }

  private static byte[] derive(String password, byte[] salt, Params p, int length) {
    Argon2Parameters a =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(p.memoryKib())
            .withIterations(p.iterations())
            .withParallelism(p.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(a);
    byte[] out = new byte[length];
    gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
