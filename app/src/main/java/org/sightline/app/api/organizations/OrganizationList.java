package org.sightline.app.api.organizations;

import java.util.List;

/** The organizations matching a query, ordered by name. */
record OrganizationList(List<OrganizationSummary> items, int total) {}
