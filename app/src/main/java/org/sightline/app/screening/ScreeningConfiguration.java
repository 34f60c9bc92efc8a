package org.sightline.app.screening;

import org.sightline.store.screening.NativeNameStore;
import org.sightline.store.screening.ScreeningReports;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Saved screening reports and the cited names the organizations file lacks, in the database. */
@Configuration(proxyBeanMethods = false)
@Import({ScreeningReports.class, NativeNameStore.class})
class ScreeningConfiguration {}
