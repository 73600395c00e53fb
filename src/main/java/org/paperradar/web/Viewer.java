package org.paperradar.web;

import java.util.Optional;
import org.paperradar.store.AccountStore.Role;
import org.paperradar.store.User;

/**
 * Who is asking: a signed-in reader (by session cookie or API token) or an anonymous visitor. The
 * CSRF token is the one state-changing requests of this visitor must carry (none for API tokens).
 */
public record Viewer(
    Optional<User> user, Role role, Optional<String> sessionToken, String csrf, boolean viaToken) {

  public static Viewer anonymous(String csrf) {
    return new Viewer(Optional.empty(), Role.READER, Optional.empty(), csrf, false);
  }

  public boolean signedIn() {
    return user.isPresent();
  }

  public boolean admin() {
    return role == Role.ADMIN && signedIn();
  }

  /** The signed-in reader, or 401. */
  public User expectUser() {
    return user.orElseThrow(() -> WebError.unauthorized("sign in (or send an API token) first"));
  }

  public Optional<String> name() {
    return user.map(User::name);
  }
}
