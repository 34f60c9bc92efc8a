/**
 * The observatory's web pages: server-rendered HTML (Thymeleaf) that reads without JavaScript, with
 * scripts only enhancing it. Pages show the same figures as the API, computed by the same code
 * ({@code PublishedFigures}, {@code Figures}, the register's queries); every number links to the
 * records behind it. Sub-packages follow the pages: home (map), countries, organizations,
 * transfers, search (with downloads), network.
 */
package org.sightline.app.pages;
