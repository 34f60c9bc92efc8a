/**
 * The {@code sightline} command line (picocli). Register commands share {@link
 * org.sightline.app.cli.RegisterOptions}; import and export run without Spring so they start fast;
 * {@code serve} starts the Spring Boot web app.
 */
package org.sightline.app.cli;
