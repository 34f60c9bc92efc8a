/**
 * The audit log for admins: the {@code /admin/audit} page, {@code GET /api/v1/admin/audit} and the
 * {@code audit export} command. Exposes only its command.
 */
package org.sightline.app.audit;
