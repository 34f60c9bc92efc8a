package org.sightline.core.layers;

/**
 * A company a layer names for a country, as the table writes it (after the name mapping), and the
 * register's organization it resolves to, or {@code null} when none matches.
 */
public record LayerCompany(String name, String organizationId) {}
