/**
 * Extraction: documents in, candidate transfers out. {@code POST /api/v1/extract}, the review pages
 * under {@code /review/extract} (accept, edit with the transfer form, reject), the decision labels,
 * and the {@code extract} and {@code eval} commands. Exposes its service and commands.
 */
package org.sightline.app.extraction;
