package org.paperradar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
  @Test
  void relationsLikeExcludesDislikeAndOnlySignalsBumpTheRevision(@TempDir Path dir) {
    try (Database db = Database.openSqlite(dir)) {
      EmbeddingDaoTest.upsert(
          db,
          EmbeddingDaoTest.paper("2501.00001", "A", "a"),
          EmbeddingDaoTest.paper("2501.00002", "B", "b"));
      UserStore users = new UserStore(db);
      User ada = users.addUser(" ada ", Optional.of("ada@example.org"));
      assertThat(ada.name()).isEqualTo("ada");
      assertThat(ada.revision()).isZero();
      assertThatThrownBy(() -> users.addUser("ada", Optional.empty()))
          .hasMessageContaining("already exists");

      assertThat(users.add(ada.id(), Relation.OWN, List.of("2501.00001"))).isEqualTo(1);
      assertThat(users.add(ada.id(), Relation.OWN, List.of("2501.00001"))).isZero();
      users.add(ada.id(), Relation.DISLIKE, List.of("2501.00002"));
      users.add(ada.id(), Relation.LIKE, List.of("2501.00002"));
      assertThat(users.papers(ada.id()))
          .containsEntry("2501.00001", EnumSet.of(Relation.OWN))
          .containsEntry("2501.00002", EnumSet.of(Relation.LIKE));
      long rev = users.expectUser("ada").revision();
      assertThat(rev).isEqualTo(3);

      users.add(ada.id(), Relation.SEEN, List.of("2501.00002"));
      assertThat(users.expectUser("ada").revision()).isEqualTo(rev);
      assertThat(users.papers(ada.id(), Set.of(Relation.LIKE, Relation.SAVE)))
          .containsExactly("2501.00002");
      assertThat(users.remove(ada.id(), Relation.LIKE, "2501.00002")).isTrue();
      assertThat(users.remove(ada.id(), Relation.LIKE, "2501.00002")).isFalse();
      assertThat(users.expectUser("ada").revision()).isEqualTo(rev + 1);
      assertThatThrownBy(() -> users.expectUser("bob")).hasMessageContaining("no user 'bob'");
    }
  }
}
