package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.Paper;

class ArxivAtomSourceTest {
  private static AtomPage read(String xml, CollectingSink sink) throws IOException {
    return ArxivAtomSource.readPage(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "feed", sink);
  }

  @Test
  void readsAFeedPage() throws IOException {
    CollectingSink sink = new CollectingSink();
    AtomPage page = read(FixtureServer.fixture("atom/query-page1.xml"), sink);
    assertThat(page.entries()).isEqualTo(10);
    assertThat(page.totalResults()).isEqualTo(15);
    assertThat(page.startIndex()).isZero();
    assertThat(page.itemsPerPage()).isEqualTo(10);
    assertThat(page.errors()).isEmpty();
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers()).hasSize(10);

    Paper p = sink.papers().get(0);
    assertThat(p.id()).isEqualTo("2504.12186");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.title()).isEqualTo("CoMotion: Concurrent Multi-person 3D Motion");
    assertThat(p.abstractText()).startsWith("We introduce an approach for detecting");
    assertThat(p.authors())
        .containsExactly(
            "Alejandro Newell",
            "Peiyun Hu",
            "Lahav Lipson",
            "Stephan R. Richter",
            "Vladlen Koltun");
    assertThat(p.categories()).containsExactly("cs.CV", "cs.LG");
    assertThat(p.submitted()).isEqualTo(LocalDate.of(2025, 4, 16));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2025, 4, 17));
    assertThat(p.comment())
        .isEqualTo(
            "Accepted at ICLR 2025, for code and weights go to"
                + " https://github.com/apple/ml-comotion");
    assertThat(p.sources()).containsExactly("arxiv-atom");

    Paper v1 = sink.papers().get(1);
    assertThat(v1.id()).isEqualTo("2504.12185");
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.updated()).isNull();
    assertThat(v1.categories()).containsExactly("cs.CL", "cs.AI");

    Paper withDoi = sink.papers().get(4);
    assertThat(withDoi.id()).isEqualTo("2504.12172");
    assertThat(withDoi.doi()).isEqualTo("10.1109/TPAMI.2025.00004");
    assertThat(withDoi.journalRef()).isEqualTo("IEEE TPAMI 47 (2025) 1-14");
  }

  @Test
  void readsTheSecondPage() throws IOException {
    CollectingSink sink = new CollectingSink();
    AtomPage page = read(FixtureServer.fixture("atom/query-page2.xml"), sink);
    assertThat(page.startIndex()).isEqualTo(10);
    assertThat(sink.papers())
        .extracting(Paper::id)
        .containsExactly("2504.12088", "2504.12082", "2504.12052", "2504.12045", "2504.12039");
  }

  @Test
  void anErrorEntryIsAnErrorNotAPaper() throws IOException {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">1</opensearch:totalResults>
          <entry>
            <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234</id>
            <title>Error</title>
            <summary>incorrect id format for 1234.1234</summary>
            <updated>2026-07-02T00:00:00-04:00</updated>
            <link href="http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234" rel="alternate" type="text/html"/>
            <author><name>arXiv api core</name></author>
          </entry>
        </feed>
        """;
    CollectingSink sink = new CollectingSink();
    AtomPage page = read(xml, sink);
    assertThat(page.errors()).containsExactly("incorrect id format for 1234.1234");
    assertThat(sink.papers()).isEmpty();
  }

  @Test
  void sniffsArxivAtom() {
    ArxivAtomSource s = new ArxivAtomSource();
    assertThat(s.sniff(FixtureServer.fixture("atom/query-page1.xml"))).isTrue();
    assertThat(s.sniff(FixtureServer.fixture("oai/no-records-match.xml"))).isFalse();
    assertThat(s.sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>blog</title>"))
        .isFalse();
  }
}
