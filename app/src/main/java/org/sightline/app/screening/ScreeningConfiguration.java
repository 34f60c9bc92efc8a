package org.sightline.app.screening;

import org.sightline.store.db.Database;
import org.sightline.store.screening.NativeNameStore;
import org.sightline.store.screening.ScreeningReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Saved screening reports and the cited native-script names, in the register's database. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {
  @Bean
  ScreeningReports screeningReports(Database database) {
    return new ScreeningReports(database);
  }

  @Bean
  NativeNameStore nativeNameStore(Database database) {
    return new NativeNameStore(database);
  }
}
