/**
 * The Spring Boot web application: wiring of the register, search index and figures, startup tasks,
 * and the JSON error contract shared by every endpoint.
 */
package org.sightline.app.web;
