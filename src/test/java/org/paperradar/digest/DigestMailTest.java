package org.paperradar.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.javalin.Javalin;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.Relation;
import org.paperradar.store.User;

/**
 * A digest through a real SMTP server (GreenMail, in-process): recipient, subject, both parts,
 * links, the unsubscribe header, and the link that really unsubscribes (through the routes).
 */
class DigestMailTest {
  @TempDir Path dir;

  @Test
  void digestArrivesOnceWithBothPartsLinksAndAWorkingUnsubscribe() throws Exception {
    int port = DigestFixture.freePort();
    GreenMail smtp = DigestFixture.smtpServer(port);
    Javalin web = null;
    try (DigestFixture f = new DigestFixture(dir, Instant.parse("2026-06-10T08:00:00Z"))) {
      f.smtp(port);
      f.add(
          DigestFixture.paper("2606.00001", "Diffusion models for <video>", "2026-06-10", "cs.CV"),
          DigestFixture.paper("2606.00002", "Sparse diffusion transformers", "2026-06-09", "cs.LG"),
          DigestFixture.paper("2606.00003", "Language model agents", "2026-06-10", "cs.CL"),
          DigestFixture.paper("2606.00004", "Old diffusion paper", "2026-05-01", "cs.LG"),
          DigestFixture.paper("2606.00005", "Robot grasping", "2026-06-10", "cs.RO"));
      User alice = f.reader("alice", "alice@lab.example", "diffusion");
      User bob = f.reader("bob", null, "language");
      User carol = f.reader("carol", "carol@lab.example", "robot");
      f.store.saveSettings(
          carol.id(),
          new DigestSettings(DigestSettings.Frequency.OFF, 7, java.util.Set.of(), false));
      Digests digests = f.digests();

      Digests.Report composed = digests.enqueueDue(f.clock.instant());
      assertThat(composed.enqueued()).isEqualTo(2);
      assertThat(composed.feedOnly()).as("bob has no address").isEqualTo(1);
      assertThat(f.outbox.find(bob.id(), "2026-06-10").orElseThrow().status())
          .isEqualTo(Outbox.Status.FEED);
      OutboxSender sender = f.sender(RetryPolicy.DEFAULT);
      assertThat(sender.sendDue().sent()).isEqualTo(1);
      // Running again the same day composes and sends nothing more.
      assertThat(digests.enqueueDue(f.clock.instant()).enqueued()).isZero();
      assertThat(sender.sendDue().sent()).isZero();

      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(1);
      MimeMessage m = received[0];
      assertThat(m.getRecipients(Message.RecipientType.TO))
          .extracting(Object::toString)
          .containsExactly("alice@lab.example");
      assertThat(m.getFrom()[0].toString()).contains("radar@lab.example");
      assertThat(m.getSubject()).startsWith("PaperRadar digest, Wed 10 Jun 2026: 2 papers for you");
      assertThat(m.getMessageID())
          .isEqualTo(f.outbox.find(alice.id(), "2026-06-10").orElseThrow().messageId());
      assertThat(m.getContentType()).startsWith("multipart/alternative");
      MimeMultipart parts = (MimeMultipart) m.getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      BodyPart text = parts.getBodyPart(0);
      BodyPart html = parts.getBodyPart(1);
      assertThat(text.getContentType()).startsWith("text/plain");
      assertThat(html.getContentType()).startsWith("text/html");
      String textBody = (String) text.getContent();
      String htmlBody = (String) html.getContent();
      // The old paper is before alice's window; the others match "diffusion".
      assertThat(textBody)
          .contains("Diffusion models for <video>", "Sparse diffusion transformers")
          .contains("http://radar.test:7070/paper/2606.00001")
          .contains("Why: close to your \"diffusion\"")
          .doesNotContain("Old diffusion paper");
      assertThat(htmlBody)
          .contains("Diffusion models for &lt;video&gt;")
          .doesNotContain("<video>")
          .contains("href=\"http://radar.test:7070/paper/2606.00002\"");
      assertThat(textBody).contains("TRENDING");

      String header = m.getHeader("List-Unsubscribe", null);
      assertThat(header).matches("<http://radar\\.test:7070/unsubscribe/u\\.\\d+\\.[\\w-]+>");
      assertThat(m.getHeader("List-Unsubscribe-Post", null))
          .isEqualTo("List-Unsubscribe=One-Click");
      String headerUrl = header.substring(1, header.length() - 1);
      Matcher link =
          Pattern.compile("href=\"(http://radar.test:7070/unsubscribe/[^\"]+)\"").matcher(htmlBody);
      assertThat(link.find()).isTrue();
      assertThat(link.group(1)).isEqualTo(headerUrl);
      assertThat(textBody).contains("Unsubscribe: " + headerUrl);

      // Each paper once: what alice was sent is seen (the web feed leaves it out too).
      assertThat(f.store.suggested(alice.id())).contains("2606.00001", "2606.00002");
      assertThat(f.users.papers(alice.id()).get("2606.00001")).contains(Relation.SEEN);

      // The link really unsubscribes, through the routes.
      DigestRoutes routes = f.routes();
      web = Javalin.create(c -> routes.register(c.routes)).start("127.0.0.1", 0);
      String local = headerUrl.replace("http://radar.test:7070", "http://127.0.0.1:" + web.port());
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page =
          http.send(HttpRequest.newBuilder(URI.create(local)).build(), bodyString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<form method=\"post\"", "alice@lab.example");
      assertThat(f.store.settings(alice.id()).unsubscribed())
          .as("GET never unsubscribes")
          .isFalse();
      HttpResponse<String> done =
          http.send(
              HttpRequest.newBuilder(URI.create(local))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              bodyString());
      assertThat(done.statusCode()).isEqualTo(200);
      assertThat(done.body()).contains("Unsubscribed");
      assertThat(f.store.settings(alice.id()).unsubscribed()).isTrue();

      // RFC 8058 one-click, as a mail client sends it from the header.
      f.store.subscribe(alice.id());
      HttpResponse<String> oneClick =
          http.send(
              HttpRequest.newBuilder(URI.create(local))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                  .build(),
              bodyString());
      assertThat(oneClick.statusCode()).isEqualTo(200);
      assertThat(f.store.settings(alice.id()).unsubscribed()).isTrue();
      // A forged token does nothing.
      HttpResponse<String> forged =
          http.send(
              HttpRequest.newBuilder(URI.create(local.replaceAll(".$", "x") + "x"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              bodyString());
      assertThat(forged.statusCode()).isEqualTo(404);

      // Next day: new papers, but alice is unsubscribed and carol is off: no mail at all.
      f.add(DigestFixture.paper("2606.00006", "Diffusion again", "2026-06-11", "cs.LG"));
      f.clock.advance(Duration.ofDays(1));
      assertThat(digests.enqueueDue(f.clock.instant()).due()).isEqualTo(1); // bob's feed
      assertThat(sender.sendDue().sent()).isZero();
      assertThat(smtp.getReceivedMessages()).hasSize(1);

      // Subscribed again, she gets only what she was not sent before.
      f.store.subscribe(alice.id());
      assertThat(digests.enqueueDue(f.clock.instant()).enqueued()).isEqualTo(1);
      assertThat(sender.sendDue().sent()).isEqualTo(1);
      MimeMessage second = smtp.getReceivedMessages()[1];
      String secondText =
          (String) ((MimeMultipart) second.getContent()).getBodyPart(0).getContent();
      assertThat(secondText).contains("Diffusion again").doesNotContain("Sparse diffusion");
      assertThat(second.getMessageID()).isNotEqualTo(m.getMessageID());
    } finally {
      if (web != null) {
        web.stop();
      }
      smtp.stop();
    }
  }

  private static HttpResponse.BodyHandler<String> bodyString() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
