/**
 * Storage of layers (external, cited, country-level indices) and indicators, apart from the
 * register: writing them creates no revision and never touches a transfer.
 */
package org.sightline.store.layers;
