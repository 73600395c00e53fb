package org.paperradar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loaders on small cuts of the real sets, in their exact formats. */
class EvalDataTest {
  static Path resource(String dir) throws Exception {
    return Path.of(EvalDataTest.class.getResource("/eval/" + dir + "/queries.tsv").toURI())
        .getParent();
  }

  @Test
  void loadsNfcorpus() throws Exception {
    EvalData.Dataset d = EvalData.nfcorpus(resource("nfcorpus-mini"));
    assertThat(d.docs()).hasSize(38);
    assertThat(d.queries())
        .extracting(EvalData.Query::id)
        .containsExactly("PLAIN-1", "PLAIN-1007", "PLAIN-101");
    assertThat(d.queries().get(0).text()).isEqualTo("why deep fried foods may cause cancer");
    assertThat(d.qrels().get("PLAIN-1")).containsEntry("MED-2421", 2);
  }

  @Test
  void loadsCsfcubeWithFacetsPoolsAndHeaders() throws Exception {
    EvalData.Dataset d = EvalData.csfcube(resource("csfcube-mini"));
    assertThat(d.queries()).hasSize(2);
    EvalData.Query q = d.queries().get(0);
    assertThat(q.id()).isEqualTo("11310392/method");
    assertThat(q.text()).isEqualTo("11310392");
    assertThat(q.facet()).isEqualTo("method");
    assertThat(q.pool()).hasSize(8).startsWith("174798275");
    assertThat(d.qrels().get("11310392/method")).containsEntry("174798275", 3);
    assertThat(d.docsById()).containsKey("11310392");
  }

  @Test
  void aBrokenFileFailsWithItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("corpus.tsv"), "D1\tsome text\n");
    Files.writeString(dir.resolve("queries.tsv"), "Q1\tquery\n");
    Files.writeString(dir.resolve("qrels.tsv"), "Q1\tD1\t1\nQ1 D2 1\n");
    assertThatThrownBy(() -> EvalData.nfcorpus(dir)).hasMessageContaining("qrels.tsv:2");
  }
}
