package org.paperradar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.digest.DigestStore;
import org.paperradar.digest.Digests;
import org.paperradar.digest.OutboxSender;
import org.paperradar.store.Database;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code radar digest --dry-run --user U [-o FILE]} renders a reader's digest as it would be sent
 * now, recording nothing; {@code radar digest send} composes the due digests and sends the outbox.
 */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    subcommands = DigestCommand.Send.class,
    description = {
      "Daily digests: render one without sending (--dry-run), or send the due ones (send)."
    })
final class DigestCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;
  @Mixin DigestOptions options;

  @Option(names = "--dry-run", description = "Render the reader's digest; send and record nothing.")
  boolean dryRun;

  @Option(names = "--user", paramLabel = "U", description = "The reader (with --dry-run).")
  String user;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the message (RFC 5322, .eml) here; default digest-USER.eml.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (!dryRun || user == null) {
      throw new ParameterException(
          spec.commandLine(), "use --dry-run --user U, or the send subcommand");
    }
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    try (Database db = radar.openStore()) {
      User u = new UserStore(db).expectUser(user);
      DigestWiring w =
          new DigestWiring(radar.config(), db, options.config(), options.smtp(), clock);
      Digests.Preview p =
          w.digests.preview(u, new DigestStore(db).settings(u.id()), clock.instant());
      Path file = output != null ? output : Path.of("digest-" + u.name() + ".eml");
      Files.write(file, p.mime());
      out.printf(
          Locale.ROOT,
          "%s: %d recommended, %d trending, since %s -> %s%n",
          p.rendered().subject(),
          p.digest().recommended().size(),
          p.digest().trending().size(),
          p.digest().since(),
          file.toAbsolutePath());
      if (u.email().isEmpty()) {
        out.println("note: " + u.name() + " has no e-mail address; the digest goes to their feed");
      }
    }
    return RadarCli.OK;
  }

  /** {@code radar digest send}. */
  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description = "Compose the digests that are due and send every pending one (for cron).")
  static final class Send implements Callable<Integer> {
    @ParentCommand DigestCommand parent;
    @Spec CommandSpec spec;
    @Mixin DigestOptions options;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Clock clock = Clock.systemUTC();
      RadarCli radar = parent.radar;
      try (Database db = radar.openStore()) {
        DigestWiring w =
            new DigestWiring(radar.config(), db, options.config(), options.smtp(), clock);
        Digests.Report composed = w.digests.enqueueDue(clock.instant());
        OutboxSender.Report sent = w.sender.sendDue();
        out.println("digests: " + composed);
        out.println("outbox: " + sent);
        return sent.error().isPresent() && sent.sent() == 0 ? RadarCli.ERROR : RadarCli.OK;
      }
    }
  }
}
