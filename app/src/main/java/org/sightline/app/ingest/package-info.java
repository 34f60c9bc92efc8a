/**
 * Bulk import and export of the register: the {@code import} and {@code export} commands, which run
 * without Spring. Exposes only its commands.
 */
package org.sightline.app.ingest;
