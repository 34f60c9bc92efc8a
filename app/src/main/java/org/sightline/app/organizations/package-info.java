/**
 * Vendors, integrators, lenders and agencies: {@code /api/v1/organizations} (read and write), the
 * {@code /organizations/{id}} page with the family and footprint. Exposes nothing.
 */
package org.sightline.app.organizations;
