/**
 * Public history of a published record: {@code /transfers/{id}/history}, {@code
 * /organizations/{id}/history} and their API. Exposes {@code RecordHistory}, which the transfer
 * page shows too.
 */
package org.sightline.app.history;
