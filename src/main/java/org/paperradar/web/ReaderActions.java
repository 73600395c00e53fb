package org.paperradar.web;

import java.util.List;
import java.util.Optional;
import org.paperradar.store.LibraryStore;
import org.paperradar.store.Relation;
import org.paperradar.store.User;

/**
 * What a reader can change, shared by the pages and the API: votes, ratings, the library. Each
 * action checks that the paper exists and that a folder is the reader's own (another reader's
 * folder is reported as not found, so ids of others' folders reveal nothing).
 */
final class ReaderActions {
  private final WebServices s;
  private final Listings listings;

  ReaderActions(WebServices s, Listings listings) {
    this.s = s;
    this.listings = listings;
  }

  private void expectPaper(String id) {
    if (s.papers().findPaper(id).isEmpty()) {
      throw WebError.notFound("no paper with id " + Params.clip(id));
    }
  }

  int vote(User u, String paper, boolean up) {
    expectPaper(paper);
    int n = listings.votes().set(u.id(), paper, up);
    listings.votesChanged();
    return n + s.papers().expectPaper(paper).upvotes();
  }

  /** like, dislike, or none (withdraws either). */
  void rate(User u, String paper, String rating) {
    expectPaper(paper);
    switch (rating) {
      case "like" -> s.users().add(u.id(), Relation.LIKE, List.of(paper));
      case "dislike" -> s.users().add(u.id(), Relation.DISLIKE, List.of(paper));
      case "none" -> {
        s.users().remove(u.id(), Relation.LIKE, paper);
        s.users().remove(u.id(), Relation.DISLIKE, paper);
      }
      default ->
          throw WebError.badRequest(
              "rating must be like, dislike or none, got '" + Params.clip(rating) + "'");
    }
  }

  LibraryStore.Folder expectFolder(User u, long folderId) {
    return s.library()
        .findFolder(u.id(), folderId)
        .orElseThrow(() -> WebError.notFound("you have no folder " + folderId));
  }

  /** Saves (or moves) a paper into the reader's library, with an optional note. */
  void save(User u, String paper, Optional<Long> folder, Optional<String> note) {
    expectPaper(paper);
    folder.ifPresent(id -> expectFolder(u, id));
    s.library().save(u.id(), paper, folder);
    s.users().add(u.id(), Relation.SAVE, List.of(paper));
    note.ifPresent(n -> s.library().setNote(u.id(), paper, n));
  }

  void unsave(User u, String paper) {
    if (!s.library().remove(u.id(), paper)) {
      throw WebError.notFound("paper " + Params.clip(paper) + " is not in your library");
    }
    s.users().remove(u.id(), Relation.SAVE, paper);
  }

  void note(User u, String paper, String note) {
    if (!s.library().setNote(u.id(), paper, note)) {
      throw WebError.notFound("paper " + Params.clip(paper) + " is not in your library");
    }
  }

  LibraryStore.Folder createFolder(User u, String name) {
    try {
      return s.library().createFolder(u.id(), name);
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith("you already") ? WebError.conflict(e.getMessage()) : e;
    }
  }
}
