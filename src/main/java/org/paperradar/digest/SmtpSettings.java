package org.paperradar.digest;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where digests are mailed from. Code-first with defaults ({@link #defaults}); the CLI and {@code
 * radar serve} override from options and the environment ({@link #fromEnvironment}). The password
 * comes from {@code $RADAR_SMTP_PASSWORD} only and never appears in {@link #toString()}.
 *
 * @param starttls upgrade the connection with STARTTLS; with {@code requireTls} refuse to send over
 *     a server that does not offer it
 * @param user SMTP AUTH user; empty: no authentication
 * @param from the From address, e.g. {@code PaperRadar <radar@lab.example>}
 */
public record SmtpSettings(
    String host,
    int port,
    boolean starttls,
    boolean requireTls,
    Optional<String> user,
    Optional<String> password,
    String from,
    Duration timeout) {

  public SmtpSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("SMTP host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port must be 1-65535, got " + port);
    }
    user = user.filter(u -> !u.isBlank());
    password = password.filter(p -> !p.isEmpty());
  }

  /** localhost:25 without TLS or auth: a local MTA (postfix, msmtp) relays onwards. */
  public static SmtpSettings defaults() {
    return new SmtpSettings(
        "localhost",
        25,
        false,
        false,
        Optional.empty(),
        Optional.empty(),
        "PaperRadar <radar@localhost>",
        Duration.ofSeconds(30));
  }

  /**
   * The defaults overridden by {@code RADAR_SMTP_HOST}, {@code _PORT}, {@code _STARTTLS}
   * (true/false/required), {@code _USER}, {@code _PASSWORD} and {@code RADAR_MAIL_FROM}.
   */
  public static SmtpSettings fromEnvironment(UnaryOperator<String> env) {
    SmtpSettings d = defaults();
    String tls = env.apply("RADAR_SMTP_STARTTLS");
    boolean required = "required".equalsIgnoreCase(tls);
    return new SmtpSettings(
        or(env.apply("RADAR_SMTP_HOST"), d.host()),
        Integer.parseInt(or(env.apply("RADAR_SMTP_PORT"), Integer.toString(d.port()))),
        required || (tls != null && Boolean.parseBoolean(tls)),
        required,
        Optional.ofNullable(env.apply("RADAR_SMTP_USER")),
        Optional.ofNullable(env.apply("RADAR_SMTP_PASSWORD")),
        or(env.apply("RADAR_MAIL_FROM"), d.from()),
        d.timeout());
  }

  public SmtpSettings withServer(String newHost, int newPort) {
    return new SmtpSettings(newHost, newPort, starttls, requireTls, user, password, from, timeout);
  }

  public SmtpSettings withTls(boolean useStarttls, boolean require) {
    return new SmtpSettings(host, port, useStarttls, require, user, password, from, timeout);
  }

  public SmtpSettings withAuth(String newUser, String newPassword) {
    return new SmtpSettings(
        host,
        port,
        starttls,
        requireTls,
        Optional.ofNullable(newUser),
        Optional.ofNullable(newPassword),
        from,
        timeout);
  }

  public SmtpSettings withFrom(String address) {
    return new SmtpSettings(host, port, starttls, requireTls, user, password, address, timeout);
  }

  public SmtpSettings withTimeout(Duration t) {
    return new SmtpSettings(host, port, starttls, requireTls, user, password, from, t);
  }

  private static String or(String v, String dflt) {
    return v == null || v.isBlank() ? dflt : v;
  }

  @Override
  public String toString() {
    return "SmtpSettings["
        + host
        + ":"
        + port
        + ", starttls="
        + (requireTls ? "required" : starttls)
        + ", auth="
        + user.map(u -> u + (password.isPresent() ? " (password set)" : " (no password)"))
            .orElse("none")
        + ", from="
        + from
        + ", timeout="
        + timeout.toSeconds()
        + "s]";
  }
}
