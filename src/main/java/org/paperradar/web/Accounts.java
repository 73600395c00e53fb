package org.paperradar.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.paperradar.store.AccountStore;
import org.paperradar.store.AccountStore.Role;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;

/**
 * Sign-up, log-in, sessions and API tokens. Sessions live in the store (they survive a restart)
 * behind an in-memory cache, so a page view costs no database read for the session. Only SHA-256
 * hashes of session and API tokens are stored.
 */
public final class Accounts {
  public static final Duration SESSION_TTL = Duration.ofDays(30);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");
  public static final int MIN_PASSWORD = 10;

  /** A live session. */
  public record Session(long userId, String csrf, Instant expires) {}

  /** What logging in or signing up produced: the user and their new session's token. */
  public record Login(User user, String sessionToken) {}

  private final UserStore users;
  private final AccountStore store;
  private final PasswordHasher hasher;
  private final LoginLimiter limiter;
  private final Map<String, Session> sessionCache = new ConcurrentHashMap<>();
  private final Map<String, Long> tokenCache = new ConcurrentHashMap<>();
  private final String dummyHash;

  public Accounts(
      UserStore users, AccountStore store, PasswordHasher hasher, LoginLimiter limiter) {
    this.users = users;
    this.store = store;
    this.hasher = hasher;
    this.limiter = limiter;
    this.dummyHash = hasher.hash("not a password of anyone");
  }

  /** Creates a reader with a password and logs them in; the first account is an admin. */
  public Login signUp(String name, String password, Optional<String> email) {
    String clean = name == null ? "" : name.strip();
    if (!NAME.matcher(clean).matches()) {
      throw WebError.badRequest(
          "a user name has 2 to 40 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 1000) {
      throw WebError.badRequest("a password needs at least " + MIN_PASSWORD + " characters");
    }
    if (users.findUser(clean).isPresent()) {
      throw WebError.conflict("the name '" + clean + "' is taken");
    }
    User user = users.addUser(clean, email.filter(e -> !e.isBlank()));
    store.createAccount(user.id(), hasher.hash(password));
    return new Login(user, startSession(user.id()));
  }

  /**
   * Checks the password and starts a session; refuses (429) after too many failures for this name
   * from this address, and says only "wrong name or password" otherwise.
   */
  public Login logIn(String name, String password, String ip) {
    String clean = name == null ? "" : name.strip();
    long wait = limiter.retryAfterSeconds(clean, ip);
    if (wait > 0) {
      throw WebError.tooManyRequests(
          "too many failed logins for this name: try again in " + wait + " s");
    }
    Optional<User> user = users.findUser(clean);
    Optional<AccountStore.Account> account = user.flatMap(u -> store.findAccount(u.id()));
    // Hash even for unknown names, so timing does not tell which names exist.
    boolean ok =
        hasher.verify(
                password == null ? "" : password,
                account.map(AccountStore.Account::passwordHash).orElse(dummyHash))
            && account.isPresent();
    if (!ok) {
      limiter.failed(clean, ip);
      throw WebError.unauthorized("wrong name or password");
    }
    limiter.succeeded(clean, ip);
    return new Login(user.get(), startSession(user.get().id()));
  }

  private String startSession(long userId) {
    String token = Secrets.token();
    Session s = new Session(userId, Secrets.token(), Instant.now().plus(SESSION_TTL));
    store.createSession(Secrets.sha256(token), userId, s.csrf(), s.expires());
    sessionCache.put(Secrets.sha256(token), s);
    return token;
  }

  /** The live session of this cookie value, if any. */
  public Optional<Session> session(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    String hash = Secrets.sha256(token);
    Session s = sessionCache.get(hash);
    if (s == null) {
      s =
          store
              .findSession(hash)
              .map(st -> new Session(st.userId(), st.csrfToken(), st.expires()))
              .orElse(null);
      if (s == null) {
        return Optional.empty();
      }
      sessionCache.put(hash, s);
    }
    if (s.expires().isBefore(Instant.now())) {
      logOut(token);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  public void logOut(String token) {
    String hash = Secrets.sha256(token);
    sessionCache.remove(hash);
    store.deleteSession(hash);
  }

  /** A new API token for the reader; the secret is returned once and only its hash is kept. */
  public String createToken(long userId, String name) {
    String clean = name == null || name.isBlank() ? "token" : name.strip();
    if (clean.length() > 100) {
      throw WebError.badRequest("a token name may have at most 100 characters");
    }
    String token = "rdr_" + Secrets.token();
    store.addToken(userId, clean, Secrets.sha256(token));
    return token;
  }

  public boolean revokeToken(long userId, long tokenId) {
    boolean gone = store.deleteToken(userId, tokenId);
    if (gone) {
      tokenCache.clear();
    }
    return gone;
  }

  /** The reader an API token belongs to. */
  public Optional<Long> tokenUser(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    String hash = Secrets.sha256(token);
    Long cached = tokenCache.get(hash);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Long> user = store.findTokenUser(hash);
    user.ifPresent(u -> tokenCache.put(hash, u));
    return user;
  }

  public Role role(long userId) {
    return store.findAccount(userId).map(AccountStore.Account::role).orElse(Role.READER);
  }

  public Optional<User> user(long userId) {
    return users.findUser(userId);
  }

  public AccountStore store() {
    return store;
  }
}
