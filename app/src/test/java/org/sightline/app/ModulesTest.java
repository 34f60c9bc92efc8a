package org.sightline.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The rooms of the app: every direct sub-package of {@code org.sightline.app} is one capability (or
 * the shared {@code web} and {@code cli} plumbing). Spring Modulith checks that no two rooms depend
 * on each other in a circle and that a room uses only what another exposes: the public types of its
 * package, never a type in one of its sub-packages (such as {@code web.security}).
 */
class ModulesTest {

  @Test
  void roomsUseOnlyEachOthersExposedTypesAndFormNoCycle() {
    ApplicationModules.of(SightlineWebApp.class).verify();
  }
}
