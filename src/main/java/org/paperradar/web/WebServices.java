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
 * seeding, the admin's background jobs and the concept graph of research-direction forecasting. The
 * caller owns (and closes) the database and backend.
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
    Reindexer reindexer,
    Forecasts forecasts) {

  /** Brings the search index up to date after papers were added; returns a one-line report. */
  @FunctionalInterface
  public interface Reindexer {
    String update();
  }

  /** The usual wiring over one store, without a concept graph (the forecast pages say so). */
  public static WebServices create(
      Database db,
      LuceneSearchBackend search,
      Recommender recommender,
      ProfileSeeding seeding,
      AdminJobs jobs,
      Reindexer reindexer) {
    return create(db, search, recommender, seeding, jobs, reindexer, Forecasts.none());
  }

  /** The usual wiring over one store, with the concept graph of the data folder. */
  public static WebServices create(
      Database db,
      LuceneSearchBackend search,
      Recommender recommender,
      ProfileSeeding seeding,
      AdminJobs jobs,
      Reindexer reindexer,
      Forecasts forecasts) {
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
        reindexer,
        forecasts);
  }
}
