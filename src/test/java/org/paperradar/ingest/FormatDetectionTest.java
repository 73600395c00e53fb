package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Detection order as Formats will register it (OAI-PMH and Atom left out here): the first source
 * whose sniffer accepts the first 32 KiB of each seed or fixture must be the right one.
 */
class FormatDetectionTest {
  private static final int HEAD = 32 * 1024;
  private static final List<PaperSource> ORDER =
      List.of(
          new KaggleSnapshotSource(),
          new DailyJsonlSource(),
          new HuggingFaceJsonSource(),
          new BibtexSource(),
          new HuggingFacePageSource(),
          new PastedListingSource());

  static Optional<PaperSource> detect(byte[] input) {
    byte[] head = Arrays.copyOf(input, Math.min(HEAD, input.length));
    // A cut inside a multi-byte character decodes to U+FFFD, which is harmless for sniffing.
    String text = new String(head, StandardCharsets.UTF_8);
    return ORDER.stream().filter(s -> s.sniff(text)).findFirst();
  }

  @ParameterizedTest
  @CsvSource({
    "seeds/000_8eaa7f60e97c696a.txt, pasted",
    "seeds/001_f385e5a2e6f72f6e.txt, pasted",
    "seeds/002_a9778af9a0f70de2.txt, pasted",
    "seeds/004_5e132c457b2067fc.txt, hf-page",
    "hf/daily_papers.json, hf-json",
    "bibtex/sample.bib, bibtex",
    "arxiv/sample.jsonl, arxiv-daily",
  })
  void firstSniffingSourceIsTheRightOne(String resource, String format) {
    assertThat(detect(TestInputs.resource(resource))).map(PaperSource::format).hasValue(format);
  }

  @ParameterizedTest
  @CsvSource({
    "hf/daily_papers.json, hf-json",
    "arxiv/sample.jsonl, arxiv-daily",
  })
  void writerOutputIsDetectedAsBibtex(String resource, String format) {
    PaperSource source = detect(TestInputs.resource(resource)).orElseThrow();
    assertThat(source.format()).isEqualTo(format);
    CollectingSink sink = TestInputs.readResource(source, resource);
    byte[] bib = BibtexWriter.format(sink.papers()).getBytes(StandardCharsets.UTF_8);
    assertThat(detect(bib)).map(PaperSource::format).hasValue(BibtexSource.FORMAT);
  }
}
