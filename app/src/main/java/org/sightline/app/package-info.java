/** The application: command line, web observatory and REST API (adapters over core and store). */
package org.sightline.app;
