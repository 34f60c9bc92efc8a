package org.sightline.store.registry;

import java.util.List;

/** One page of results and the total number of matches. Pages count from 1. */
public record Page<T>(List<T> items, long total, int page, int size) {}
