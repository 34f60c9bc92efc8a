package org.sightline.app.transfers;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the transfers list: {@code total} counts every match, not just this page. */
record TransferPage(
    @ArraySchema(schema = @Schema(implementation = TransferDoc.class)) List<Object> items,
    long total,
    int page,
    int size) {}
