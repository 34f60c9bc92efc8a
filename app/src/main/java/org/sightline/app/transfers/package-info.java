/**
 * Transfers: {@code /api/v1/transfers} (read and write) and the {@code /transfers/{id}} page.
 * Exposes the contract view of a transfer and the one way a draft is made from contract JSON.
 */
package org.sightline.app.transfers;
