package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.Paper;

class HuggingFaceJsonSourceTest {
  private final HuggingFaceJsonSource source = new HuggingFaceJsonSource();

  @Test
  void readsWrappedAndFlatElementsOfTheFixture() {
    CollectingSink sink = TestInputs.readResource(source, "hf/daily_papers.json");
    assertThat(sink.rejects()).isEmpty();
    List<Paper> papers = sink.papers();
    assertThat(papers)
        .extracting(Paper::id)
        .containsExactly("2503.11677", "2503.11685", "2503.14783", "2504.12841", "2505.15623");
    assertThat(papers).extracting(Paper::upvotes).containsExactly(12, 3, 27, 0, 41);
    Paper first = papers.get(0);
    assertThat(first.title())
        .isEqualTo(
            "Simulation of prosthetic vision with PRIMA system and enhancement of face"
                + " representation");
    assertThat(first.abstractText()).startsWith("Objective. Patients implanted with the PRIMA");
    assertThat(first.authors()).hasSize(5).startsWith("Jungyeon Park");
    assertThat(first.submitted()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(first.sources()).containsExactly(HuggingFaceJsonSource.FORMAT);
    Paper flat = papers.get(3);
    assertThat(flat.authors()).contains("Balázs P. Halmos");
    assertThat(flat.submitted()).isEqualTo(LocalDate.of(2025, 4, 17));
  }

  @Test
  void jsonLinesAndBadElements() {
    String text =
        """
        {"id": "2408.05284v2", "title": "A", "summary": "S", "upvotes": 4, "publishedAt": "2024-08-09T12:00:00.000Z"}
        {"paper": {"id": "not-an-id", "title": "B"}}
        42
        {"paper": {"id": "2408.05196", "title": "C", "publishedAt": "yesterday"}}
        {"paper": {"id": "2407.21009", "authors": ["Ann Lee"]}, "title": "D", "summary": "outer"}
        """;
    CollectingSink sink = TestInputs.read(source, text);
    assertThat(sink.papers()).extracting(Paper::id).containsExactly("2408.05284", "2407.21009");
    assertThat(sink.papers().get(0).version()).isEqualTo(2);
    assertThat(sink.papers().get(1).title()).isEqualTo("D");
    assertThat(sink.papers().get(1).authors()).containsExactly("Ann Lee");
    assertThat(sink.rejects()).extracting(Reject::position).containsExactly(2L, 3L, 4L);
    assertThat(sink.rejects()).extracting(Reject::unit).containsOnly("record");
    assertThat(sink.rejects().get(2).reason()).contains("yesterday");
  }

  @Test
  void truncatedArrayKeepsWhatCameBeforeAndRejectsAtTheBreak() {
    String full =
        new String(
            TestInputs.resource("hf/daily_papers.json"), java.nio.charset.StandardCharsets.UTF_8);
    int cut = full.indexOf("\"2504.12841\"");
    CollectingSink sink = TestInputs.read(source, full.substring(0, cut + 5));
    assertThat(sink.papers()).hasSize(3);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(r -> assertThat(r.unit()).isEqualTo("line"))
        .satisfies(r -> assertThat(r.position()).isGreaterThan(100))
        .satisfies(r -> assertThat(r.reason()).startsWith("invalid JSON"));
  }

  @Test
  void syntaxErrorStops() {
    CollectingSink sink =
        TestInputs.read(source, "[{\"id\": \"2408.05284\", \"title\": \"A\"},\n {\"id\": ]");
    assertThat(sink.papers()).hasSize(1);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(r -> assertThat(r.position()).isEqualTo(2));
  }

  @Test
  void sniff() {
    assertThat(source.sniff(" [ {\"paper\": {\"upvotes\": 3}}]")).isTrue();
    assertThat(source.sniff("{\"publishedAt\": \"2024\"}")).isTrue();
    assertThat(source.sniff("{\"id\": \"1\", \"abstract\": \"x\", \"date\": \"y\"}")).isFalse();
    assertThat(source.sniff("@misc{x, note = {\"upvotes\"}}")).isFalse();
  }
}
