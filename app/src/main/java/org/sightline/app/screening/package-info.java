/**
 * Screening: counterparty names against the register's organizations, their aliases, native-script
 * names and subsidiaries ({@code PublishedNames}, the core {@code Screener} over the published
 * register, also used by search); {@code POST /api/v1/screen}, saved reports ({@code GET
 * /api/v1/screen/reports/{id}}), the {@code /screen} page and the {@code screen} command. Exposes
 * {@code PublishedNames}.
 */
package org.sightline.app.screening;
