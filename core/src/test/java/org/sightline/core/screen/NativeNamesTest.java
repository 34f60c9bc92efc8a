package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.model.Organization;

class NativeNamesTest {
  static final Set<String> SCRIPTS = Set.of("Hans", "Hant", "Cyrl", "Jpan", "Kore", "Hebr", "Latn");

  @Test
  void everyCitedNameBelongsToAStarterOrganizationAndNamesItsScriptAndSource() {
    Set<String> ids =
        OrganizationsCsv.starter().stream().map(Organization::id).collect(Collectors.toSet());
    List<NativeNames.NativeName> names = NativeNames.starter();
    assertThat(names).hasSizeGreaterThan(60);
    for (NativeNames.NativeName n : names) {
      assertThat(ids).as(n.toString()).contains(n.organizationId());
      assertThat(n.name()).as(n.toString()).isNotBlank().isEqualTo(n.name().strip());
      assertThat(SCRIPTS).as(n.toString()).contains(n.script());
      assertThat(n.sourceUrl()).as(n.toString()).matches("https?://\\S+");
    }
  }

  @Test
  void noNameIsGivenTwiceForOneOrganizationNorRepeatsARegisteredNameOrAlias() {
    // The store keys the names by organization and name: a repeat would be dropped on loading.
    Set<String> seen = new HashSet<>();
    for (NativeNames.NativeName n : NativeNames.starter()) {
      assertThat(seen.add(n.organizationId() + "\t" + n.name())).as(n.toString()).isTrue();
    }
    for (Organization o : OrganizationsCsv.starter()) {
      Set<String> registered = new HashSet<>(o.aliases());
      registered.add(o.name());
      NativeNames.starter().stream()
          .filter(n -> n.organizationId().equals(o.id()))
          .forEach(n -> assertThat(registered).as(n.toString()).doesNotContain(n.name()));
    }
  }

  @Test
  void formerAndOwnedNamesMeetTheOrganizationThatHoldsThemNow() {
    NameMatcher matcher = NameMatcher.of(NativeNames.withStarterNames(OrganizationsCsv.starter()));
    for (String[] c :
        List.of(
            new String[] {"Memento Labs", "O0020"},
            new String[] {"Oosto", "O0211"},
            new String[] {"Red Hat, Inc.", "O0306"},
            new String[] {"HiSilicon", "O0001"},
            new String[] {"Thomson-CSF", "O0207"},
            new String[] {"AppLogic Networks", "O0031"},
            new String[] {"Westbridge Technologies", "O0013"},
            new String[] {"Magyar Export-Import Bank", "O0821"},
            new String[] {"Kelvin Hughes Ltd", "O1003"},
            new String[] {"Veridos Matsoukis S.A.", "O0810"},
            new String[] {"XON Holdings (Pty) Ltd", "O0039"},
            new String[] {"현대오토에버", "O0300"},
            new String[] {"Сајтрокс", "O0600"},
            new String[] {"אלוט תקשורת", "O0701"})) {
      List<NameMatch> m = matcher.match(c[0], NameMatcher.DEFAULT_THRESHOLD, 1);
      assertThat(m).as(c[0]).isNotEmpty();
      assertThat(m.get(0).organizationId()).as(c[0]).isEqualTo(c[1]);
      assertThat(m.get(0).matchedName()).as(c[0]).isNotEqualTo(m.get(0).organizationName());
    }
  }

  @Test
  void citedNamesDoNotMeetLookAlikesOfOurOwn() {
    NameMatcher matcher = NameMatcher.of(NativeNames.withStarterNames(OrganizationsCsv.starter()));
    // names sharing one word or most letters with a cited name, but other firms
    for (String name :
        List.of(
            "Hughes Network Systems", "Kelvin Instruments", "Exxon Holdings", "Xion Holdings")) {
      assertThat(matcher.match(name, NameMatcher.DEFAULT_THRESHOLD, 3))
          .as(name)
          .extracting(NameMatch::organizationId)
          .doesNotContain("O1003", "O0039");
    }
  }

  @Test
  void aCitedHebrewNameIsMetInLatinLettersByItsConsonants() {
    NameMatcher matcher = NameMatcher.of(NativeNames.withStarterNames(OrganizationsCsv.starter()));
    List<NameMatch> m = matcher.match("Alot Tikshoret", NameMatcher.DEFAULT_THRESHOLD, 1);
    assertThat(m).extracting(NameMatch::organizationId).containsExactly("O0701");
    assertThat(m.get(0).matchedName()).isEqualTo("אלוט תקשורת");
  }
}
