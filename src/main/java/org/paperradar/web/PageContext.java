package org.paperradar.web;

import java.util.Optional;

/**
 * What every page's layout needs: the title, who is signed in, the CSRF token for forms, the
 * current path (for the navigation) and a one-line notice after an action.
 */
public record PageContext(
    String title,
    Optional<String> userName,
    boolean admin,
    String csrf,
    String path,
    Optional<String> notice) {

  public boolean signedIn() {
    return userName.isPresent();
  }

  /** "active" for the navigation link of the current section. */
  public String navClass(String prefix) {
    return path.equals(prefix) || (!prefix.equals("/") && path.startsWith(prefix)) ? "active" : "";
  }

  public PageContext withTitle(String t) {
    return new PageContext(t, userName, admin, csrf, path, notice);
  }
}
