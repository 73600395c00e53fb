package org.paperradar.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.embed.EmbeddingStatus;
import org.paperradar.embed.EmbeddingText;
import org.paperradar.paper.Paper;

class EmbeddingDaoTest {
  static Paper paper(String id, String title, String abs) {
    return Paper.builder(id).title(title).abstractText(abs).build();
  }

  static void upsert(Database db, Paper... papers) {
    db.inTransaction(c -> new PaperDao(db).upsert(c, List.of(papers)));
  }

  @Test
  void vectorsRoundTripBitForBitAndChangedTitlesAreStale(@TempDir Path dir) {
    try (Database db = Database.openSqlite(dir)) {
      Paper a = paper("2501.00001", "Graph neural networks", "We study message passing.");
      Paper b = paper("2501.00002", "Sparse attention", "Long context transformers.");
      upsert(db, a, b);
      EmbeddingDao dao = new EmbeddingDao(db);
      assertThat(dao.missingOrStale("m1")).containsExactly(a.id(), b.id());

      // Values that a lossy or wrong-endian encoding would not keep.
      float[] va = {
        1f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, 1e-38f, (float) Math.PI, -2.5e7f
      };
      float[] vb = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f};
      dao.save(
          "m1",
          List.of(
              new EmbeddingDao.NewVector(a.id(), EmbeddingText.hash(a), va),
              new EmbeddingDao.NewVector(b.id(), EmbeddingText.hash(b), vb)));

      Map<String, float[]> found = dao.find("m1", List.of(a.id(), b.id(), "2501.99999"));
      assertThat(found).containsOnlyKeys(a.id(), b.id());
      assertThat(bits(found.get(a.id()))).isEqualTo(bits(va));
      assertThat(bits(found.get(b.id()))).isEqualTo(bits(vb));
      assertThat(dao.find("m2", List.of(a.id()))).isEmpty();

      List<String> streamed = new ArrayList<>();
      dao.forEach("m1", v -> streamed.add(v.paperId()));
      assertThat(streamed).containsExactly(a.id(), b.id());
      assertThat(dao.count("m1")).isEqualTo(2);
      assertThat(dao.countByModel()).containsExactlyEntriesOf(Map.of("m1", 2L));
      assertThat(dao.missingOrStale("m1")).isEmpty();
      assertThat(dao.missingOrStale("m2")).containsExactly(a.id(), b.id());
      assertThat(EmbeddingStatus.of(db, "m1").complete()).isTrue();

      upsert(db, paper(b.id(), "Sparse attention, revisited", b.abstractText()));
      assertThat(dao.missingOrStale("m1")).containsExactly(b.id());

      // Saving again replaces the stale vector.
      dao.save("m1", List.of(new EmbeddingDao.NewVector(b.id(), "other", va)));
      assertThat(bits(dao.find("m1", List.of(b.id())).get(b.id()))).isEqualTo(bits(va));
      assertThat(dao.count("m1")).isEqualTo(2);

      upsert(db, paper("2501.00003", "New", "Paper."));
      EmbeddingStatus s = EmbeddingStatus.of(db, "m1");
      assertThat(s.complete()).isFalse();
      assertThat(s.message()).startsWith("embeddings incomplete: 2 of 3 papers");
    }
  }

  private static int[] bits(float[] v) {
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Float.floatToRawIntBits(v[i]);
    }
    return out;
  }
}
