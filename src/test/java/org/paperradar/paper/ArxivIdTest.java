package org.paperradar.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {

  @ParameterizedTest
  @CsvSource({
    "2408.05284, 2408.05284, 0",
    "2408.05284v2, 2408.05284, 2",
    "arXiv:2408.05284v2, 2408.05284, 2",
    "ARXIV: 2408.05284, 2408.05284, 0",
    "https://arxiv.org/abs/2408.05284v3, 2408.05284, 3",
    "http://arxiv.org/pdf/2408.05284v1.pdf, 2408.05284, 1",
    "https://export.arxiv.org/abs/2408.05284, 2408.05284, 0",
    "oai:arXiv.org:2408.05284, 2408.05284, 0",
    "0704.0001, 0704.0001, 0",
    "1412.9999v1, 1412.9999, 1",
    "hep-th/9901001, hep-th/9901001, 0",
    "hep-th/9901001v1, hep-th/9901001, 1",
    "arXiv:hep-th/9901001v4, hep-th/9901001, 4",
    "https://arxiv.org/abs/math.GT/0309136, math/0309136, 0",
    "cond-mat/0102536v2, cond-mat/0102536, 2",
  })
  void parsesEverySpellingToTheSameId(String text, String base, int version) {
    ArxivId id = ArxivId.parse(text);
    assertThat(id.base()).isEqualTo(base);
    assertThat(id.version()).isEqualTo(version);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "2408.5284",
        "2413.05284",
        "2400.05284",
        "2408.05284v0",
        "0612.1234",
        "1501.1234",
        "1412.12345",
        "hep-th/99010",
        "hep-th/9913001",
        "not an id",
        "2408.05284 extra"
      })
  void rejectsInvalidIdsWithAReason(String text) {
    assertThatThrownBy(() -> ArxivId.parse(text))
        .isInstanceOf(InvalidArxivIdException.class)
        .hasMessageContaining("invalid arXiv id");
    assertThat(ArxivId.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void reasonSaysWhatIsWrong() {
    assertThatThrownBy(() -> ArxivId.parse("2413.05284")).hasMessageContaining("month 13");
    assertThatThrownBy(() -> ArxivId.parse("1501.1234")).hasMessageContaining("5-digit");
    assertThatThrownBy(() -> ArxivId.parse("2408.05284v0")).hasMessageContaining("v1");
  }

  @org.junit.jupiter.api.Test
  void findsAMentionInText() {
    assertThat(ArxivId.findMention("see arXiv:2408.05284v2 for details"))
        .contains(new ArxivId("2408.05284", 2));
    assertThat(ArxivId.findMention("no id here")).isEmpty();
    assertThat(new ArxivId("2408.05284", 2).toString()).isEqualTo("2408.05284v2");
    assertThat(new ArxivId("2408.05284", 0).absUrl()).isEqualTo("https://arxiv.org/abs/2408.05284");
  }
}
