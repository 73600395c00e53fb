package org.paperradar.cli;

import java.net.URI;
import java.time.ZoneId;
import org.paperradar.digest.DigestConfig;
import org.paperradar.digest.SmtpSettings;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code radar daily} and {@code radar digest}: where mail goes out and where its
 * links point. Unset options fall back to the environment, then to the defaults.
 */
final class DigestOptions {
  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Web app URL for links in mails (default $RADAR_BASE_URL or http://localhost:7070).")
  URI baseUrl;

  @Option(
      names = "--smtp-host",
      description = "SMTP server (default $RADAR_SMTP_HOST or localhost).")
  String smtpHost;

  @Option(names = "--smtp-port", description = "SMTP port (default $RADAR_SMTP_PORT or 25).")
  Integer smtpPort;

  @Option(
      names = "--smtp-starttls",
      paramLabel = "true|false|required",
      description =
          "STARTTLS: use if offered, off, or required (default $RADAR_SMTP_STARTTLS or false).")
  String starttls;

  @Option(
      names = "--smtp-user",
      description =
          "SMTP AUTH user (default $RADAR_SMTP_USER); the password is $RADAR_SMTP_PASSWORD.")
  String smtpUser;

  @Option(
      names = "--mail-from",
      paramLabel = "ADDRESS",
      description = "From address (default $RADAR_MAIL_FROM or PaperRadar <radar@localhost>).")
  String from;

  SmtpSettings smtp() {
    SmtpSettings s = SmtpSettings.fromEnvironment(System::getenv);
    if (smtpHost != null || smtpPort != null) {
      s =
          s.withServer(
              smtpHost != null ? smtpHost : s.host(), smtpPort != null ? smtpPort : s.port());
    }
    if (starttls != null) {
      boolean required = starttls.equalsIgnoreCase("required");
      s = s.withTls(required || Boolean.parseBoolean(starttls), required);
    }
    if (smtpUser != null) {
      s = s.withAuth(smtpUser, s.password().orElse(null));
    }
    if (from != null) {
      s = s.withFrom(from);
    }
    return s;
  }

  DigestConfig config() {
    DigestConfig c = DigestConfig.defaults().withZone(ZoneId.systemDefault());
    String env = System.getenv("RADAR_BASE_URL");
    if (baseUrl != null) {
      c = c.withBaseUrl(baseUrl);
    } else if (env != null && !env.isBlank()) {
      c = c.withBaseUrl(URI.create(env));
    }
    return c;
  }
}
