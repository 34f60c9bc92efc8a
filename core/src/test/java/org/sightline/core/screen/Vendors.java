package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;

/** Invented vendors for small registers in the screening tests. */
final class Vendors {
  private Vendors() {}

  /** A vendor of {@code country} registered under {@code name} and {@code aliases}. */
  static Organization vendor(String id, String name, String country, String... aliases) {
    return new Organization(
        id, name, List.of(aliases), country, OrganizationKind.VENDOR, null, null, null, null);
  }

  /** What {@code matcher} alerts on for {@code name} at the default threshold, best first. */
  static List<NameMatch> matches(NameMatcher matcher, String name) {
    return matcher.match(name, NameMatcher.DEFAULT_THRESHOLD, 3);
  }

  /** The best match for {@code name}, failing the test when there is none. */
  static NameMatch best(NameMatcher matcher, String name) {
    List<NameMatch> m = matches(matcher, name);
    assertThat(m).as(name).isNotEmpty();
    return m.get(0);
  }
}
