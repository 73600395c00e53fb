package org.paperradar.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperradar.ingest.Ingester;
import org.paperradar.store.Database;
import org.paperradar.store.Relation;
import org.paperradar.store.UserStore;

class ProfileSeederTest {
  @TempDir Path dir;

  static byte[] resource(String name) throws Exception {
    try (InputStream in = ProfileSeederTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  Database storeWithFixture() throws Exception {
    Database db = Database.openSqlite(dir);
    Path file = dir.resolve("papers.jsonl");
    Files.write(file, resource("/recommend/papers.jsonl"));
    new Ingester(db, 100).ingestFile(file, null, null);
    return db;
  }

  @Test
  void authorNamesAreListedForConfirmationExactFirstThenInitials() throws Exception {
    try (Database db = storeWithFixture()) {
      ProfileSeeder seeder = new ProfileSeeder(db);
      // Case and accents do not matter; "A. Vision" may be the same person, listed after.
      List<ProfileSeeder.AuthorMatch> m = seeder.findAuthor("ada visión");
      assertThat(m)
          .extracting(ProfileSeeder.AuthorMatch::name)
          .containsExactly("Ada Vision", "A. Vision");
      assertThat(seeder.findAuthor("Bob Vision")).isEmpty();
      assertThat(m.get(0).papers())
          .extracting(p -> p.id())
          .containsExactly("2606.00101", "2606.00102");
      long ada = new UserStore(db).addUser("ada", Optional.empty()).id();
      ProfileSeeder.SeedResult r = seeder.seedAuthors(ada, seeder.findAuthor("Ada Vision"));
      assertThat(r.added()).containsExactlyInAnyOrder("2606.00101", "2606.00102", "2606.00103");
      assertThat(seeder.findAuthor("Nobody Here")).isEmpty();
    }
  }

  @Test
  void idsInAnySpellingAndUnknownOrBadIdsAreReported() throws Exception {
    try (Database db = storeWithFixture()) {
      ProfileSeeder seeder = new ProfileSeeder(db);
      long ada = new UserStore(db).addUser("ada", Optional.empty()).id();
      ProfileSeeder.SeedResult r =
          seeder.seedIds(ada, List.of("arXiv:2606.00101v2", " 2606.00102", "2606.99999", "bogus"));
      assertThat(r.added()).containsExactly("2606.00101", "2606.00102");
      assertThat(r.notFound()).hasSize(2);
      assertThat(r.notFound().get(0)).contains("2606.99999", "not in the store");
      assertThat(r.notFound().get(1)).startsWith("bogus");
      assertThat(seeder.seedIds(ada, List.of("2606.00101")).alreadyThere())
          .containsExactly("2606.00101");
    }
  }

  /** Each real pasted page seeds the profile with every paper it lists. */
  @ParameterizedTest
  @CsvSource({
    "/seeds/000_8eaa7f60e97c696a.txt, 10",
    "/seeds/001_f385e5a2e6f72f6e.txt, 2",
    "/seeds/002_a9778af9a0f70de2.txt, 6",
    "/seeds/004_5e132c457b2067fc.txt, 31",
    "/bibtex/sample.bib, 0"
  })
  void pastedListingsAndBibtexSeedTheirPapers(String resource, int expected) throws Exception {
    try (Database db = Database.openSqlite(dir)) {
      ProfileSeeder seeder = new ProfileSeeder(db);
      UserStore users = new UserStore(db);
      long ada = users.addUser("ada", Optional.empty()).id();
      ProfileSeeder.SeedResult r = seeder.seedText(ada, resource(resource), resource);
      int want = expected > 0 ? expected : r.added().size();
      assertThat(r.added()).hasSize(want).isNotEmpty();
      assertThat(users.papers(ada, java.util.Set.of(Relation.OWN))).hasSize(want);
      // Seeding the same page again adds nothing.
      assertThat(seeder.seedText(ada, resource(resource), resource).added()).isEmpty();
    }
  }

  @Test
  void aPastedAbstractWithoutIdIsUsedAsItsArxivRecord() throws Exception {
    try (Database db = Database.openSqlite(dir)) {
      ProfileSeeder seeder = new ProfileSeeder(db);
      long ada = new UserStore(db).addUser("ada", Optional.empty()).id();
      seeder.seedText(ada, resource("/seeds/000_8eaa7f60e97c696a.txt"), "000");
      // 001's first abstract is 2408.05284's (listed in 000): it links to the arXiv record.
      ProfileSeeder.SeedResult r =
          seeder.seedText(ada, resource("/seeds/001_f385e5a2e6f72f6e.txt"), "001");
      assertThat(r.alreadyThere()).contains("2408.05284");
    }
  }
}
