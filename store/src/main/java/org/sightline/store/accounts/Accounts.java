package org.sightline.store.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.db.Jdbc;

/**
 * Accounts and API tokens in the register database. Passwords arrive already hashed (the web layer
 * owns the password encoder); token secrets are generated here and only their SHA-256 is kept.
 */
public final class Accounts {
  /** Pseudonyms: lower-case letters, digits, dot, dash and underscore; 2 to 40 characters. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

  /** Every token starts with this, so a leaked one is easy to recognise (secret scanners). */
  public static final String TOKEN_PREFIX = "slt_";

  /** The revision entity type of account changes that show in public (opt-in naming). */
  public static final String ACCOUNT = "account";

  /** The actor named in the audit log when the caller names none. */
  public static final String SYSTEM = "system";

  /** The actor named in the audit log for the server's command line. */
  public static final String CLI = "cli";

  private static final int PREFIX_SHOWN = TOKEN_PREFIX.length() + 8;
  private static final String TOKEN_COLUMNS =
      "t.id, a.username, t.prefix, t.role, t.created_at, t.expires_at, t.revoked, t.last_used_on";

  private final Database database;
  private final SecureRandom random = new SecureRandom();

  public Accounts(Database database) {
    this.database = database;
  }

  /** The canonical (lower-case) form of a username, or a clear error if it is not acceptable. */
  public static String username(String name) {
    String u = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(u).matches()) {
      throw new IllegalArgumentException(
          "username '"
              + name
              + "' must be 2 to 40 characters: letters, digits, '.', '-' or '_', starting with a"
              + " letter or digit");
    }
    return u;
  }

  public Account createUser(
      String username, String passwordHash, Role role, boolean mustChangePassword) {
    return createUser(username, passwordHash, role, mustChangePassword, SYSTEM);
  }

  /** Creates a user; the audit log names {@code actor} as the one who did it. */
  public Account createUser(
      String username, String passwordHash, Role role, boolean mustChangePassword, String actor) {
    String u = username(username);
    if (findUser(u).isPresent()) {
      throw new IllegalArgumentException("user '" + u + "' already exists");
    }
    Instant now = Jdbc.now();
    try (Connection c = database.connection()) {
      long id =
          Jdbc.insert(
              c,
              "INSERT INTO account (username, password_hash, role, must_change_password,"
                  + " disabled, created_at) VALUES (?, ?, ?, ?, ?, ?)",
              u,
              passwordHash,
              role.key(),
              mustChangePassword,
              false,
              now);
      Account created = new Account(id, u, passwordHash, role, mustChangePassword, false, now);
      event(c, now, actor, AccountEvent.USER_CREATED, "account", u, u, "role " + role.key());
      return created;
    } catch (SQLException e) {
      throw Jdbc.failed("cannot create user '" + u + "'", e);
    }
  }

  public Optional<Account> findUser(String username) {
    String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE username = ?")) {
      ps.setString(1, u);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(account(rs));
      }
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read user '" + u + "'", e);
    }
  }

  /** Replaces the password hash and clears the must-change flag (the user acts for themself). */
  public void changePassword(String username, String passwordHash) {
    String u = canonical(username);
    update(
        u,
        AccountEvent.PASSWORD_CHANGED,
        null,
        "UPDATE account SET password_hash = ?, must_change_password = ? WHERE username = ?",
        u,
        passwordHash,
        false);
  }

  public void setDisabled(String username, boolean disabled) {
    setDisabled(username, disabled, SYSTEM);
  }

  /**
   * Disables or enables an account. A disabled account cannot sign in, its sessions end at their
   * next request and its tokens are refused (the web layer checks on every request).
   */
  public void setDisabled(String username, boolean disabled, String actor) {
    update(
        actor,
        disabled ? AccountEvent.USER_DISABLED : AccountEvent.USER_ENABLED,
        null,
        "UPDATE account SET disabled = ? WHERE username = ?",
        username,
        disabled);
  }

  /** Every account, by username (password hashes included: callers must not show them). */
  public List<Account> users() {
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM account ORDER BY username");
        ResultSet rs = ps.executeQuery()) {
      List<Account> out = new ArrayList<>();
      while (rs.next()) {
        out.add(account(rs));
      }
      return out;
    } catch (SQLException e) {
      throw Jdbc.failed("cannot list users", e);
    }
  }

  /** Every token of every user, by username and then newest first. */
  public List<ApiToken> tokens() {
    return tokens(" WHERE ? = ? ORDER BY a.username, t.id DESC", 1, 1);
  }

  /**
   * Notes an event about an account that is not a change to it (e.g. {@link
   * AccountEvent#LOGIN_LOCKED}) in the audit log.
   */
  public void recordEvent(String actor, String action, String username, String detail) {
    String u = canonical(username);
    try (Connection c = database.connection()) {
      event(c, Jdbc.now(), actor, action, "account", u, u, detail);
    } catch (SQLException e) {
      throw Jdbc.failed("cannot record an event for '" + u + "'", e);
    }
  }

  /**
   * Whether public revision history may show this user's username (off unless they opt in). Kept
   * apart from {@link Account} so that reading an account for sign-in never depends on it.
   */
  public void setPublicName(String username, boolean shown) {
    String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (findUser(u).isEmpty()) {
      throw new IllegalArgumentException("no user '" + u + "'");
    }
    Jdbc.inTransaction(
        database,
        "cannot update user '" + u + "'",
        c -> {
          int changed;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE account SET public_name = ? WHERE username = ? AND public_name <> ?")) {
            ps.setBoolean(1, shown);
            ps.setString(2, u);
            ps.setBoolean(3, shown);
            changed = ps.executeUpdate();
          }
          if (changed == 1) {
            recordNamingChange(c, u, shown);
          }
          return null;
        });
  }

  /**
   * The choice changes what public history pages show, so it is a revision like any other change:
   * pages cached per newest revision are refreshed, and the audit trail records who chose what.
   */
  private static void recordNamingChange(Connection c, String username, boolean shown)
      throws SQLException {
    int next;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(MAX(revision_no), 0) + 1 FROM revision WHERE entity_type = ? AND"
                + " entity_id = ?")) {
      ps.setString(1, ACCOUNT);
      ps.setString(2, username);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        next = rs.getInt(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO revision (entity_type, entity_id, revision_no, action, author, reason,"
                + " created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, ACCOUNT);
      ps.setString(2, username);
      ps.setInt(3, next);
      ps.setString(4, "update");
      ps.setString(5, username);
      ps.setString(6, shown ? "named in public history" : "no longer named in public history");
      ps.setObject(7, OffsetDateTime.ofInstant(Jdbc.now(), ZoneOffset.UTC));
      ps.setString(8, "{\"username\":\"" + username + "\",\"public_name\":" + shown + "}");
      ps.executeUpdate();
    }
  }

  /** True only for an existing user who chose to be named in public history. */
  public boolean showsPublicName(String username) {
    String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT public_name FROM account WHERE username = ?")) {
      ps.setString(1, u);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read user '" + u + "'", e);
    }
  }

  /**
   * Creates a token for this user, valid for the given time. The role defaults to the user's and
   * may not exceed it.
   */
  public NewToken createToken(String username, Role role, Duration validity) {
    return createToken(username, role, validity, SYSTEM);
  }

  /** Creates a token; the audit log names {@code actor} as the one who did it. */
  public NewToken createToken(String username, Role role, Duration validity, String actor) {
    Account account =
        findUser(username)
            .orElseThrow(() -> new IllegalArgumentException("no user '" + username + "'"));
    Role r = role == null ? account.role() : role;
    if (!account.role().includes(r)) {
      throw new IllegalArgumentException(
          "user '"
              + account.username()
              + "' is a "
              + account.role().key()
              + " and cannot hold a "
              + r.key()
              + " token");
    }
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("a token must be valid for at least one day");
    }
    byte[] bytes = new byte[30];
    random.nextBytes(bytes);
    String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String prefix = secret.substring(0, PREFIX_SHOWN);
    Instant now = Jdbc.now();
    Instant expires = now.plus(validity);
    try (Connection c = database.connection()) {
      long id =
          Jdbc.insert(
              c,
              "INSERT INTO api_token (account_id, token_hash, prefix, role, created_at,"
                  + " expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?)",
              account.id(),
              hash(secret),
              prefix,
              r.key(),
              now,
              expires,
              false);
      event(
          c,
          now,
          actor,
          AccountEvent.TOKEN_CREATED,
          "token",
          Long.toString(id),
          account.username(),
          "prefix "
              + prefix
              + ", role "
              + r.key()
              + ", expires "
              + expires.atOffset(ZoneOffset.UTC).toLocalDate());
      return new NewToken(
          secret, new ApiToken(id, account.username(), prefix, r, now, expires, false, null));
    } catch (SQLException e) {
      throw Jdbc.failed("cannot create a token for '" + account.username() + "'", e);
    }
  }

  /** The token with this secret, whatever its state (callers check {@link ApiToken#usableAt}). */
  public Optional<ApiToken> findToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    List<ApiToken> found = tokens(" WHERE t.token_hash = ?", hash(secret));
    return found.stream().findFirst();
  }

  /**
   * The token with this secret when its owner's account is enabled, in one query: what every bearer
   * request needs before checking expiry and revocation.
   */
  public Optional<ApiToken> findActiveToken(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return tokens(" WHERE t.token_hash = ? AND a.disabled = ?", hash(secret), false).stream()
        .findFirst();
  }

  public Optional<ApiToken> findToken(long id) {
    return tokens(" WHERE t.id = ?", id).stream().findFirst();
  }

  /** The user's tokens, newest first. */
  public List<ApiToken> tokensOf(String username) {
    return tokens(
        " WHERE a.username = ? ORDER BY t.id DESC",
        username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }

  /** Revokes a token for good. False when there is no such token or it was already revoked. */
  public boolean revokeToken(long id) {
    return revokeToken(id, SYSTEM);
  }

  /** Revokes a token; the audit log names {@code actor} as the one who did it. */
  public boolean revokeToken(long id, String actor) {
    Optional<ApiToken> token = findToken(id);
    if (token.isEmpty()) {
      return false;
    }
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE api_token SET revoked = ? WHERE id = ? AND revoked = ?")) {
      ps.setBoolean(1, true);
      ps.setLong(2, id);
      ps.setBoolean(3, false);
      boolean revoked = ps.executeUpdate() == 1;
      if (revoked) {
        event(
            c,
            Jdbc.now(),
            actor,
            AccountEvent.TOKEN_REVOKED,
            "token",
            Long.toString(id),
            token.get().username(),
            "prefix " + token.get().prefix());
      }
      return revoked;
    } catch (SQLException e) {
      throw Jdbc.failed("cannot revoke token " + id, e);
    }
  }

  /** Notes the day a token was used (one write per token and day at most). */
  public void recordUse(long tokenId, LocalDate day) {
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE api_token SET last_used_on = ? WHERE id = ? AND (last_used_on IS NULL OR"
                    + " last_used_on <> ?)")) {
      ps.setObject(1, day);
      ps.setLong(2, tokenId);
      ps.setObject(3, day);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw Jdbc.failed("cannot record the use of token " + tokenId, e);
    }
  }

  /** Hex SHA-256 of a token secret, as stored. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private List<ApiToken> tokens(String where, Object... parameters) {
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + TOKEN_COLUMNS
                    + " FROM api_token t JOIN account a ON a.id = t.account_id"
                    + where)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<ApiToken> out = new ArrayList<>();
        while (rs.next()) {
          out.add(
              new ApiToken(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  role(rs.getString(4)),
                  Jdbc.instant(rs, 5),
                  Jdbc.instant(rs, 6),
                  rs.getBoolean(7),
                  rs.getObject(8, LocalDate.class)));
        }
        return out;
      }
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read tokens", e);
    }
  }

  /** Updates one account and notes the event, in one transaction. */
  private void update(
      String actor, String action, String detail, String sql, String username, Object... values) {
    String u = canonical(username);
    Jdbc.inTransaction(
        database,
        "cannot update user '" + u + "'",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : values) {
              ps.setObject(i++, v);
            }
            ps.setString(i, u);
            if (ps.executeUpdate() != 1) {
              throw new IllegalArgumentException("no user '" + u + "'");
            }
          }
          event(c, Jdbc.now(), actor, action, "account", u, u, detail);
          return null;
        });
  }

  private static void event(
      Connection c,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      String username,
      String detail)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO account_event (occurred_at, actor, action, entity_type, entity_id,"
                + " username, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setString(2, actor == null || actor.isBlank() ? SYSTEM : actor);
      ps.setString(3, action);
      ps.setString(4, entityType);
      ps.setString(5, entityId);
      ps.setString(6, username);
      ps.setString(7, detail);
      ps.executeUpdate();
    }
  }

  /** The columns {@link #account} reads, in its order. */
  private static final String ACCOUNT_COLUMNS =
      "id, username, password_hash, role, must_change_password, disabled, created_at";

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        role(rs.getString(4)),
        rs.getBoolean(5),
        rs.getBoolean(6),
        Jdbc.instant(rs, 7));
  }

  private static String canonical(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  private static Role role(String key) {
    return Role.fromKey(key)
        .orElseThrow(() -> new DatabaseException("unknown role '" + key + "' in the database"));
  }
}
