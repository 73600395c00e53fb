package org.paperradar.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.cli.RadarCli;
import org.paperradar.cli.RadarCliRunner;
import org.paperradar.search.EncoderProvider;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.UserStore;

/** {@code radar digest --dry-run}, {@code radar digest send} and {@code radar daily} in-process. */
class DigestCliTest {
  @TempDir Path dir;

  @Test
  void dryRunRendersToAFileAndRecordsNothing() throws Exception {
    Path data = dir.resolve("data");
    try (Database db = Database.openSqlite(data)) {
      new UserStore(db).addUser("alice", Optional.of("alice@lab.example"));
    }
    Path eml = dir.resolve("alice.eml");
    RadarCliRunner.Result r =
        RadarCliRunner.run(
            RadarCli.commandLine(EncoderProvider.TOY),
            "--data",
            data.toString(),
            "-q",
            "digest",
            "--dry-run",
            "--user",
            "alice",
            "-o",
            eml.toString(),
            "--base-url",
            "https://radar.lab.example");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("PaperRadar digest").contains(eml.toString());
    MimeMessage m = new Mailer(SmtpSettings.defaults()).parse(Files.readAllBytes(eml));
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("alice@lab.example");
    assertThat(m.getHeader("List-Unsubscribe", null))
        .startsWith("<https://radar.lab.example/unsubscribe/u.");
    assertThat(((MimeMultipart) m.getContent()).getCount()).isEqualTo(2);
    try (Database db = Database.openSqlite(data)) {
      assertThat(new Outbox(db).counts()).isEmpty();
    }

    RadarCliRunner.Result unknown =
        RadarCliRunner.run("--data", data.toString(), "digest", "--dry-run", "--user", "zed");
    assertThat(unknown.code()).isEqualTo(RadarCli.ERROR);
    assertThat(unknown.err()).contains("no user 'zed'");
    assertThat(RadarCliRunner.run("--data", data.toString(), "digest").code())
        .isEqualTo(RadarCli.USAGE);
  }

  @Test
  void dailyRunsThePipelineAndSendSendsTheOutbox() throws Exception {
    Path data = dir.resolve("data");
    int port = DigestFixture.freePort();
    var smtp = DigestFixture.smtpServer(port);
    try (OaiDayServer oai = new OaiDayServer("oai/daily/listrecords-day.xml")) {
      String[] smtpArgs = {"--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(port)};
      RadarCliRunner.Result r =
          RadarCliRunner.run(
              RadarCli.commandLine(EncoderProvider.TOY),
              concat(
                  new String[] {
                    "--data",
                    data.toString(),
                    "-q",
                    "daily",
                    "--categories",
                    "cs.CV,cs.CL",
                    "--oai-url",
                    oai.url().toString(),
                    "--delay-ms",
                    "0"
                  },
                  smtpArgs));
      assertThat(r.code()).as(r.out() + r.err()).isZero();
      assertThat(r.out())
          .containsPattern("harvest +done +1 pages, 20 records: 20 added")
          .containsPattern("embed +done")
          .containsPattern("index +done")
          .containsPattern("send +done");
      RadarCliRunner.Result again =
          RadarCliRunner.run(
              RadarCli.commandLine(EncoderProvider.TOY),
              concat(new String[] {"--data", data.toString(), "-q", "daily"}, smtpArgs));
      assertThat(again.out()).containsPattern("harvest +skipped");
      try (Database db = Database.openSqlite(data)) {
        assertThat(new PaperDao(db).count()).isEqualTo(20);
      }
      RadarCliRunner.Result send =
          RadarCliRunner.run(
              concat(new String[] {"--data", data.toString(), "digest", "send"}, smtpArgs));
      assertThat(send.code()).as(send.err()).isZero();
      assertThat(send.out()).contains("outbox: sent 0");
    } finally {
      smtp.stop();
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
