/**
 * The public read API under {@code /api/v1}, one package per capability. It shows published records
 * only.
 */
package org.sightline.app.api;
