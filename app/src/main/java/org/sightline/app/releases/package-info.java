/**
 * Versions and releases of the published register: its content hash ({@code RegisterVersions}),
 * {@code GET /api/v1/version}, the {@code Sightline-Register-Version} header on API answers and the
 * {@code release} command. Exposes the command and the current version.
 */
package org.sightline.app.releases;
