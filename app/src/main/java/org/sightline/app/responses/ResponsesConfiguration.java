package org.sightline.app.responses;

import org.sightline.store.registry.TransferResponses;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The store of responses to transfers, over the register's database. */
@Configuration(proxyBeanMethods = false)
@Import(TransferResponses.class)
class ResponsesConfiguration {}
