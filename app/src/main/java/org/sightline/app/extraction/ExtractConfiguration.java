package org.sightline.app.extraction;

import org.sightline.store.documents.Documents;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The store of submitted documents and review labels, on the register's database. */
@Configuration(proxyBeanMethods = false)
@Import(Documents.class)
class ExtractConfiguration {}
