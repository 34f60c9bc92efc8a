package org.sightline.app.review;

import org.sightline.store.registry.Proposals;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The store's proposals, shared by the write API, the edit forms and the review queue. */
@Configuration(proxyBeanMethods = false)
@Import(Proposals.class)
class ReviewConfiguration {}
