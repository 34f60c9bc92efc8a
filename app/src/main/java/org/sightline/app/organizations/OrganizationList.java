package org.sightline.app.organizations;

import java.util.List;

/** The organizations matching a query, ordered by name. */
record OrganizationList(List<OrganizationSummary> items, int total) {}
