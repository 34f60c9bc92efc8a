package org.sightline.app.api.transfers;

import java.util.List;

/** One page of the transfers list: {@code total} counts every match, not just this page. */
public record TransferPage(List<Object> items, long total, int page, int size) {}
