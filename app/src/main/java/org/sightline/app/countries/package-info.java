/**
 * Recipient countries: {@code /api/v1/countries} and the {@code /countries/{code}} profile page.
 * Exposes nothing.
 */
package org.sightline.app.countries;
