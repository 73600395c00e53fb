package org.paperradar.web;

import org.paperradar.recommend.Recommender;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.store.AccountStore;
import org.paperradar.store.AuthorDao;
import org.paperradar.store.Database;
import org.paperradar.store.DigestSettingsStore;
import org.paperradar.store.LibraryStore;
import org.paperradar.store.PaperDao;
import org.paperradar.store.UserStore;
import org.paperradar.trending.Trending;
import org.paperradar.trending.VoteStore;

/**
 * What the web app works with: the store's DAOs, the search backend, the recommender, profile
 * seeding and the admin's background jobs. The caller owns (and closes) the database and backend.
 */
public record WebServices(
    Database db,
    PaperDao papers,
    UserStore users,
    AccountStore accountStore,
    LibraryStore library,
    DigestSettingsStore digests,
    AuthorDao authors,
    VoteStore votes,
    Trending trending,
    LuceneSearchBackend search,
    Recommender recommender,
    ProfileSeeding seeding,
    AdminJobs jobs,
    Reindexer reindexer) {

  /** Brings the search index up to date after papers were added; returns a one-line report. */
  @FunctionalInterface
  public interface Reindexer {
    String update();
  }

  /** The usual wiring over one store. */
  public static WebServices create(
      Database db,
      LuceneSearchBackend search,
      Recommender recommender,
      ProfileSeeding seeding,
      AdminJobs jobs,
      Reindexer reindexer) {
    PaperDao papers = new PaperDao(db);
    VoteStore votes = new VoteStore(db);
    return new WebServices(
        db,
        papers,
        new UserStore(db),
        new AccountStore(db),
        new LibraryStore(db),
        new DigestSettingsStore(db),
        new AuthorDao(db),
        votes,
        new Trending(papers, votes),
        search,
        recommender,
        seeding,
        jobs,
        reindexer);
  }
}
