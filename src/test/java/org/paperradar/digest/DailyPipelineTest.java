package org.paperradar.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.index.PaperIndex;
import org.paperradar.ingest.HttpSettings;
import org.paperradar.search.EncoderProvider;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchMode;
import org.paperradar.search.SearchRequest;
import org.paperradar.store.User;

/**
 * The whole daily pipeline against a local HTTP server replaying a recorded OAI-PMH day: a failed
 * harvest stops the run and is retried by the next one; then the day's papers are searchable and in
 * the right readers' digests, once; a second run the same day redoes nothing.
 */
class DailyPipelineTest {
  @TempDir Path dir;

  @Test
  void recordedDayFromHarvestToInbox() throws Exception {
    int port = DigestFixture.freePort();
    GreenMail smtp = DigestFixture.smtpServer(port);
    try (OaiDayServer oai = new OaiDayServer("oai/daily/listrecords-day.xml");
        DigestFixture f = new DigestFixture(dir, Instant.parse("2026-04-30T06:00:00Z"))) {
      f.smtp(port);
      User alice = f.reader("alice", "alice@lab.example", "3D spatial multimodal memory");
      User bob = f.reader("bob", "bob@lab.example", "language model");
      f.store.saveSettings(
          bob.id(), new DigestSettings(DigestSettings.Frequency.DAILY, 7, Set.of("cs.CL"), false));
      AtomicInteger trained = new AtomicInteger();
      Path indexDir = dir.resolve("index");
      PipelineSteps.Wiring wiring =
          new PipelineSteps.Wiring(
              f.db,
              new PipelineSteps.HarvestSettings(
                  Set.of("cs.CV", "cs.CL"),
                  oai.url(),
                  HttpSettings.polite(Duration.ZERO).withRetries(1, Duration.ofMillis(1)),
                  2),
              () -> new ToyEncoder(384),
              indexDir,
              EncoderProvider.TOY,
              () -> "retrained " + trained.incrementAndGet(),
              f.digests(),
              f.sender(RetryPolicy.DEFAULT),
              f.clock);
      DailyPipeline pipeline =
          new DailyPipeline(
              PipelineSteps.standard(wiring), new PipelineRuns(f.db), f.clock, f.config.zone());

      // arXiv is down at 06:00: the harvest fails, nothing after it runs, nothing is sent.
      oai.down = true;
      DailyPipeline.Report failed = pipeline.run();
      assertThat(failed.ok()).isFalse();
      assertThat(outcomes(failed))
          .containsEntry("harvest", DailyPipeline.Outcome.FAILED)
          .containsEntry("send", DailyPipeline.Outcome.NOT_RUN);
      assertThat(smtp.getReceivedMessages()).isEmpty();

      // Back at 08:00 (past the readers' hour 7): the next run does it all.
      oai.down = false;
      f.clock.set(Instant.parse("2026-04-30T08:00:00Z"));
      DailyPipeline.Report ok = pipeline.run();
      assertThat(ok.ok()).as("%s", ok).isTrue();
      assertThat(ok.steps())
          .extracting(DailyPipeline.StepResult::step)
          .containsExactly("harvest", "embed", "index", "retrain", "digests", "send");
      assertThat(f.papers.count()).isEqualTo(20 + 2); // the day's papers and the readers' own
      assertThat(new PipelineRuns(f.db).find(ok.day(), "harvest").orElseThrow().attempts())
          .isEqualTo(2);
      assertThat(oai.queries.get(0)).contains("from=2026-04-28").contains("set=cs");

      // New papers are in search.
      try (PaperIndex index = PaperIndex.openReadOnly(indexDir);
          LuceneSearchBackend search = new LuceneSearchBackend(index, Optional.empty())) {
        List<ScoredPaper> hits =
            search.search(SearchRequest.of("cephalopod colour vision", SearchMode.LEXICAL, 5));
        assertThat(hits).extracting(ScoredPaper::id).first().isEqualTo("2504.10984");
      }

      // And in the right readers' digests.
      MimeMessage[] mails = smtp.getReceivedMessages();
      assertThat(mails).hasSize(2);
      Map<String, String> byReader = new HashMap<>();
      for (MimeMessage m : mails) {
        String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
        byReader.put(to, (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent());
      }
      assertThat(byReader.get("alice@lab.example"))
          .contains("M3: 3D-Spatial MultiModal Memory")
          .contains("http://radar.test:7070/paper/2503.16413")
          .doesNotContain("Leaking LoRa");
      // bob reads cs.CL only: the cs.CV "Large Language Model" paper is left out.
      assertThat(byReader.get("bob@lab.example"))
          .contains("Leaking LoRa", "EasyEdit2")
          .doesNotContain("OCC-MLLM-CoT-Alpha")
          .doesNotContain("3D-Spatial");
      assertThat(f.store.suggested(alice.id()))
          .doesNotContainAnyElementsOf(Set.of("2504.00031", "2504.15133"));

      // The same day again: data steps skipped, nothing new composed or sent, arXiv not asked.
      int asked = oai.queries.size();
      f.clock.advance(Duration.ofHours(2));
      DailyPipeline.Report again = pipeline.run();
      assertThat(outcomes(again))
          .containsEntry("harvest", DailyPipeline.Outcome.SKIPPED)
          .containsEntry("embed", DailyPipeline.Outcome.SKIPPED)
          .containsEntry("index", DailyPipeline.Outcome.SKIPPED)
          .containsEntry("retrain", DailyPipeline.Outcome.SKIPPED)
          .containsEntry("digests", DailyPipeline.Outcome.DONE);
      assertThat(oai.queries).hasSize(asked);
      assertThat(trained.get()).isEqualTo(1);
      assertThat(smtp.getReceivedMessages()).hasSize(2);

      // The next day the harvest continues from its checkpoint; nothing new, nothing sent.
      f.clock.advance(Duration.ofDays(1));
      DailyPipeline.Report nextDay = pipeline.run();
      assertThat(outcomes(nextDay)).containsEntry("harvest", DailyPipeline.Outcome.DONE);
      assertThat(oai.queries.get(oai.queries.size() - 1)).contains("from=2026-04-30");
      assertThat(smtp.getReceivedMessages()).hasSize(2);
    } finally {
      smtp.stop();
    }
  }

  private static Map<String, DailyPipeline.Outcome> outcomes(DailyPipeline.Report r) {
    Map<String, DailyPipeline.Outcome> out = new HashMap<>();
    r.steps().forEach(s -> out.put(s.step(), s.outcome()));
    return out;
  }
}
