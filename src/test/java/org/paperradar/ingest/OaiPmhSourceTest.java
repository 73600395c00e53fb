package org.paperradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperradar.paper.Paper;

class OaiPmhSourceTest {
  private static OaiPage read(String fixture, CollectingSink sink) throws IOException {
    byte[] bytes = FixtureServer.fixture(fixture).getBytes(StandardCharsets.UTF_8);
    return OaiPmhSource.readPage(new ByteArrayInputStream(bytes), fixture, sink);
  }

  @Test
  void readsAnArxivFormatPageWithItsToken() throws IOException {
    CollectingSink sink = new CollectingSink();
    OaiPage page = read("oai/listrecords-arXiv-page1.xml", sink);

    assertThat(page.records()).isEqualTo(25);
    assertThat(page.deleted()).isZero();
    assertThat(page.resumptionToken()).isEqualTo("6960524|26");
    assertThat(page.cursor()).isZero();
    assertThat(page.completeListSize()).isEqualTo(200);
    assertThat(page.maxDatestamp()).isEqualTo("2025-05-06");
    assertThat(page.errors()).isEmpty();
    assertThat(page.wellFormed()).isTrue();
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers()).hasSize(25);

    Paper p = sink.papers().get(0);
    assertThat(p.id()).isEqualTo("2503.11677");
    assertThat(p.title())
        .isEqualTo(
            "Simulation of prosthetic vision with PRIMA system and enhancement of face"
                + " representation");
    assertThat(p.authors())
        .containsExactly(
            "Jungyeon Park",
            "Anna Kochnev Goldstein",
            "Yueming Zhou",
            "Nathan Jensen",
            "Daniel Palanker");
    assertThat(p.categories()).containsExactly("cs.HC", "cs.CV");
    assertThat(p.submitted()).isEqualTo(LocalDate.of(2025, 3, 17));
    assertThat(p.updated()).isNull();
    assertThat(p.announced()).isNull();
    assertThat(p.abstractText()).startsWith("Objective. Patients implanted with the PRIMA");
    assertThat(p.abstractText()).doesNotContain("\n").doesNotContain("  ");
    assertThat(p.sources()).containsExactly("oai-pmh");
  }

  @Test
  void countsDeletedRecordsWithoutRejectingThem() throws IOException {
    CollectingSink sink = new CollectingSink();
    OaiPage page = read("oai/listrecords-arXiv-page3.xml", sink);
    assertThat(page.records()).isEqualTo(25);
    assertThat(page.deleted()).isEqualTo(1);
    assertThat(sink.papers()).hasSize(24).noneMatch(p -> p.id().equals("2506.22201"));
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void lastPageHasAnEmptyTokenWithItsCursor() throws IOException {
    OaiPage page = read("oai/listrecords-arXiv-page8.xml", new CollectingSink());
    assertThat(page.hasMore()).isFalse();
    assertThat(page.resumptionToken()).isNull();
    assertThat(page.cursor()).isEqualTo(175);
    assertThat(page.completeListSize()).isEqualTo(200);
    assertThat(page.maxDatestamp()).isEqualTo("2026-04-28");
  }

  @Test
  void readsArxivRawWithVersionsAndTexAccents() throws IOException {
    CollectingSink sink = new CollectingSink();
    OaiPage page = read("oai/listrecords-arXivRaw.xml", sink);
    assertThat(page.records()).isEqualTo(5);
    assertThat(page.hasMore()).isFalse();
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.papers())
        .extracting(Paper::id)
        .containsExactly("0704.0001", "2503.16793", "2503.16795", "2503.16801", "2503.16811");

    Paper p = sink.papers().get(0);
    assertThat(p.title())
        .isEqualTo(
            "Calculation of prompt diphoton production cross sections at Tevatron and LHC"
                + " energies");
    assertThat(p.authors())
        .containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.submitted()).isEqualTo(LocalDate.of(2007, 4, 2));
    assertThat(p.updated()).isEqualTo(LocalDate.of(2007, 7, 24));
    assertThat(p.categories()).containsExactly("hep-ph");
    assertThat(p.comment()).isEqualTo("37 pages, 15 figures; published version");
    assertThat(p.journalRef()).isEqualTo("Phys.Rev.D76:013009,2007");
    assertThat(p.doi()).isEqualTo("10.1103/PhysRevD.76.013009");

    Paper q = sink.papers().get(1);
    assertThat(q.authors())
        .containsExactly(
            "Haori Lu", "Xusheng Cao", "Linlan Huang", "Enguang Wang", "Fei Yang", "Xialei Liu");
    assertThat(q.version()).isEqualTo(1);
    assertThat(q.submitted()).isEqualTo(LocalDate.of(2025, 3, 23));
    assertThat(q.updated()).isNull();
    assertThat(sink.papers().get(2).version()).isEqualTo(2);
  }

  @Test
  void rejectsBadRecordsAndCarriesOn() throws IOException {
    CollectingSink sink = new CollectingSink();
    OaiPage page = read("oai/bad-records.xml", sink);
    assertThat(page.records()).isEqualTo(5);
    assertThat(page.maxDatestamp()).isEqualTo("2025-03-21");
    assertThat(sink.papers()).extracting(Paper::id).containsExactly("2503.00001", "2503.00005");
    assertThat(sink.papers().get(0).authors()).containsExactly("Jérôme Müller Jr");
    assertThat(sink.rejects()).extracting(Reject::position).containsExactly(2L, 3L, 4L);
    assertThat(sink.rejects()).allMatch(r -> r.unit().equals("record"));
    assertThat(sink.rejects().get(0).reason())
        .startsWith("oai:arXiv.org:2513.00002: ")
        .contains("month 13");
    assertThat(sink.rejects().get(1).reason()).endsWith("missing title");
    assertThat(sink.rejects().get(2).reason()).contains("bad date '2025-13-45'");
  }

  @Test
  void malformedXmlRejectsAtLineAndColumnKeepingEarlierRecords() throws IOException {
    String xml = FixtureServer.fixture("oai/malformed.xml");
    List<String> lines = xml.lines().toList();
    int brokenLine = lines.indexOf("<title>Broken & unescaped</title>") + 1;
    CollectingSink sink = new CollectingSink();
    OaiPage page = read("oai/malformed.xml", sink);

    assertThat(sink.papers())
        .extracting(Paper::id)
        .containsExactly("2503.00011", "2503.00012", "2503.00013");
    assertThat(sink.rejects()).hasSize(1);
    Reject r = sink.rejects().get(0);
    assertThat(r.unit()).isEqualTo("line");
    assertThat(r.position()).isEqualTo(brokenLine);
    assertThat(r.reason()).startsWith("malformed XML at " + brokenLine + ":");
    assertThat(page.wellFormed()).isFalse();
    assertThat(page.resumptionToken()).isNull(); // never reached
  }

  @Test
  void surfacesOaiErrors() throws IOException {
    CollectingSink sink = new CollectingSink();
    OaiPage none = read("oai/no-records-match.xml", sink);
    assertThat(none.noRecordsMatch()).isTrue();
    assertThat(none.failure()).isEmpty();
    assertThat(none.records()).isZero();

    OaiPage bad = read("oai/bad-resumption-token.xml", sink);
    assertThat(bad.failure())
        .hasValue(
            new OaiError(
                "badResumptionToken", "Invalid or expired resumption token: 6960524|1001"));
    assertThat(sink.papers()).isEmpty();
  }

  @Test
  void asAFileSourceReportsOaiErrorsAsRejects() throws IOException {
    CollectingSink sink = new CollectingSink();
    byte[] bytes =
        FixtureServer.fixture("oai/bad-resumption-token.xml").getBytes(StandardCharsets.UTF_8);
    new OaiPmhSource().read(new ByteArrayInputStream(bytes), "x.xml", sink);
    assertThat(sink.rejects()).singleElement().asString().contains("badResumptionToken");
  }

  @Test
  void refusesExternalEntities() throws IOException {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><error code=\"e\">&x;</error>"
            + "</OAI-PMH>";
    CollectingSink sink = new CollectingSink();
    OaiPage page =
        OaiPmhSource.readPage(
            new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "xxe", sink);
    assertThat(page.errors()).noneMatch(e -> e.message() != null && e.message().contains("root"));
  }

  @Test
  void sniffsOaiPmh() {
    OaiPmhSource s = new OaiPmhSource();
    assertThat(s.sniff(FixtureServer.fixture("oai/no-records-match.xml"))).isTrue();
    assertThat(s.sniff("{\"id\": \"2408.05284\"}")).isFalse();
    assertThat(s.sniff(FixtureServer.fixture("atom/query-page1.xml"))).isFalse();
  }
}
