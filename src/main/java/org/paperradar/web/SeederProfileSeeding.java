package org.paperradar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.ProfileSeeder;

/**
 * The settings page's profile seeding, done by the recommender's {@link ProfileSeeder}: candidates
 * by author name (the same name ignoring case and accents, or surname and initial), confirmed
 * papers by id, pasted listings ingested and marked as the reader's own; the index is brought up to
 * date afterwards, so pasted papers become searchable.
 */
public final class SeederProfileSeeding implements ProfileSeeding {
  private final ProfileSeeder seeder;
  private final WebServices.Reindexer reindexer;

  public SeederProfileSeeding(ProfileSeeder seeder, WebServices.Reindexer reindexer) {
    this.seeder = seeder;
    this.reindexer = reindexer;
  }

  @Override
  public List<Paper> candidatesByAuthor(String authorName, int limit) {
    Map<String, Paper> out = new LinkedHashMap<>();
    for (ProfileSeeder.AuthorMatch m : seeder.findAuthor(authorName)) {
      for (Paper p : m.papers()) {
        if (out.size() < limit) {
          out.putIfAbsent(p.id(), p);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  @Override
  public int confirm(long userId, List<String> paperIds) {
    return seeder.seedIds(userId, paperIds).added().size();
  }

  @Override
  public Result fromListing(long userId, String text) {
    try {
      ProfileSeeder.SeedResult r =
          seeder.seedText(userId, text.getBytes(StandardCharsets.UTF_8), "web:seed:" + userId);
      int marked = r.added().size() + r.alreadyThere().size();
      if (marked > 0) {
        reindexer.update();
      }
      return new Result(marked + r.notFound().size(), marked, r.notFound());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
