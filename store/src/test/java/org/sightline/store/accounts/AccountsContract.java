package org.sightline.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.store.db.DatabaseContract;

/** Accounts and tokens, run on every engine (see {@link AccountsTest}). */
abstract class AccountsContract extends DatabaseContract {
  Accounts accounts;

  @BeforeEach
  void open() {
    accounts = new Accounts(db.database());
  }

  @Test
  void aNewUserIsStoredUnderItsLowerCasePseudonymAndMustChangeItsPassword() {
    Account created = accounts.createUser("Night.Owl", "{noop}hash", Role.REVIEWER, true);

    Account found = accounts.findUser("night.owl").orElseThrow();
    assertThat(found.id()).isEqualTo(created.id());
    assertThat(found.username()).isEqualTo("night.owl");
    assertThat(found.passwordHash()).isEqualTo("{noop}hash");
    assertThat(found.role()).isEqualTo(Role.REVIEWER);
    assertThat(found.mustChangePassword()).isTrue();
    assertThat(found.disabled()).isFalse();
    assertThat(accounts.findUser("NIGHT.OWL")).isPresent();
    assertThat(accounts.findUser("someone-else")).isEmpty();
  }

  @Test
  void changingThePasswordClearsTheMustChangeFlag() {
    accounts.createUser("kestrel", "{noop}one-time", Role.CONTRIBUTOR, true);

    accounts.changePassword("kestrel", "{noop}chosen");

    Account after = accounts.findUser("kestrel").orElseThrow();
    assertThat(after.passwordHash()).isEqualTo("{noop}chosen");
    assertThat(after.mustChangePassword()).isFalse();
  }

  @Test
  void usernamesAreUniqueAndValidated() {
    accounts.createUser("heron", "{noop}x", Role.CONTRIBUTOR, true);

    assertThatThrownBy(() -> accounts.createUser("HERON", "{noop}y", Role.ADMIN, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("user 'heron' already exists");
    assertThatThrownBy(() -> accounts.createUser("a b", "{noop}y", Role.ADMIN, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("username 'a b' must be");
    assertThatThrownBy(() -> accounts.createUser("x", "{noop}y", Role.ADMIN, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTokenIsFoundByItsSecretWhichIsNeverStored() throws Exception {
    accounts.createUser("heron", "{noop}x", Role.REVIEWER, false);

    NewToken created = accounts.createToken("heron", null, Duration.ofDays(30));

    assertThat(created.secret()).startsWith(Accounts.TOKEN_PREFIX).hasSizeGreaterThan(40);
    assertThat(created.secret()).startsWith(created.token().prefix());
    ApiToken found = accounts.findToken(created.secret()).orElseThrow();
    assertThat(found.id()).isEqualTo(created.token().id());
    assertThat(found.username()).isEqualTo("heron");
    assertThat(found.role()).isEqualTo(Role.REVIEWER);
    assertThat(found.usableAt(Instant.now())).isTrue();
    assertThat(found.usableAt(Instant.now().plus(Duration.ofDays(31)))).isFalse();
    assertThat(accounts.findToken(created.secret() + "x")).isEmpty();
    assertThat(accounts.findToken("not-a-token")).isEmpty();
    try (var c = db.database().connection();
        var rs = c.createStatement().executeQuery("SELECT token_hash, prefix FROM api_token")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(Accounts.hash(created.secret())).hasSize(64);
      assertThat(created.secret()).doesNotContain(rs.getString(1));
      assertThat(rs.getString(2)).isEqualTo(created.token().prefix());
    }
  }

  @Test
  void aTokenCannotOutrankItsOwner() {
    accounts.createUser("heron", "{noop}x", Role.CONTRIBUTOR, false);

    assertThatThrownBy(() -> accounts.createToken("heron", Role.ADMIN, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("user 'heron' is a contributor and cannot hold a admin token");
    assertThatThrownBy(() -> accounts.createToken("nobody", null, Duration.ofDays(1)))
        .hasMessage("no user 'nobody'");
  }

  @Test
  void aRevokedTokenStaysKnownButIsNoLongerUsable() {
    accounts.createUser("heron", "{noop}x", Role.ADMIN, false);
    NewToken created = accounts.createToken("heron", Role.CONTRIBUTOR, Duration.ofDays(7));

    assertThat(accounts.revokeToken(created.token().id())).isTrue();
    assertThat(accounts.revokeToken(created.token().id())).isFalse();
    assertThat(accounts.revokeToken(999_999)).isFalse();

    ApiToken revoked = accounts.findToken(created.secret()).orElseThrow();
    assertThat(revoked.revoked()).isTrue();
    assertThat(revoked.usableAt(Instant.now())).isFalse();
    assertThat(accounts.tokensOf("heron"))
        .extracting(ApiToken::role)
        .containsExactly(Role.CONTRIBUTOR);
  }

  @Test
  void aDisabledOwnersTokenIsNotActive() {
    accounts.createUser("heron", "{noop}x", Role.ADMIN, false);
    NewToken created = accounts.createToken("heron", null, Duration.ofDays(7));
    assertThat(accounts.findActiveToken(created.secret())).isPresent();

    accounts.setDisabled("heron", true);
    assertThat(accounts.findActiveToken(created.secret())).isEmpty();
    assertThat(accounts.findToken(created.secret())).isPresent();

    accounts.setDisabled("heron", false);
    assertThat(accounts.findActiveToken(created.secret())).isPresent();
    assertThat(accounts.findActiveToken("not-a-token")).isEmpty();
  }

  @Test
  void useIsRecordedAsADayOnly() {
    accounts.createUser("heron", "{noop}x", Role.ADMIN, false);
    NewToken created = accounts.createToken("heron", null, Duration.ofDays(7));
    LocalDate day = LocalDate.of(2026, 11, 29);

    accounts.recordUse(created.token().id(), day);
    accounts.recordUse(created.token().id(), day);

    assertThat(accounts.findToken(created.token().id()).orElseThrow().lastUsedOn()).isEqualTo(day);
  }

  @Test
  void aDisabledUserIsMarked() {
    accounts.createUser("heron", "{noop}x", Role.ADMIN, false);

    accounts.setDisabled("heron", true);

    assertThat(accounts.findUser("heron").orElseThrow().disabled()).isTrue();
    assertThatThrownBy(() -> accounts.setDisabled("nobody", true)).hasMessage("no user 'nobody'");
  }

  @Test
  void rolesIncludeTheOnesBelow() {
    assertThat(Role.ADMIN.includes(Role.REVIEWER)).isTrue();
    assertThat(Role.REVIEWER.includes(Role.CONTRIBUTOR)).isTrue();
    assertThat(Role.CONTRIBUTOR.includes(Role.REVIEWER)).isFalse();
    assertThat(Role.fromKey(" Reviewer ")).contains(Role.REVIEWER);
    assertThat(Role.fromKey("root")).isEmpty();
  }

  @Test
  void aUserIsNamedInPublicHistoryOnlyAfterOptingIn() {
    accounts.createUser("merlin", "{noop}x", Role.CONTRIBUTOR, false);
    assertThat(accounts.showsPublicName("merlin")).isFalse();

    accounts.setPublicName("Merlin", true);
    assertThat(accounts.showsPublicName("merlin")).isTrue();
    // The choice is audited, once per change (setting it again changes nothing).
    accounts.setPublicName("merlin", true);
    assertThat(revisionsOf("merlin")).isEqualTo(1);

    accounts.setPublicName("merlin", false);
    assertThat(accounts.showsPublicName("merlin")).isFalse();
    assertThat(revisionsOf("merlin")).isEqualTo(2);
    assertThat(accounts.showsPublicName("nobody-here")).isFalse();
    assertThatThrownBy(() -> accounts.setPublicName("nobody-here", true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private int revisionsOf(String username) {
    try (java.sql.Connection c = db.database().connection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM revision WHERE entity_type = 'account' AND entity_id = ?")) {
      ps.setString(1, username);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
