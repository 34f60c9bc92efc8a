package org.sightline.app.countries;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.sightline.core.analyse.LenderTotal;
import org.sightline.core.analyse.SupplierTally;
import org.sightline.core.analyse.Tally;
import org.sightline.core.analyse.YearTally;

/** A country profile as the API shows it: the figures plus the transfers with their sources. */
record CountryProfileView(
    String code,
    String name,
    int transferCount,
    List<Tally> technologies,
    List<SupplierTally> suppliers,
    List<YearTally> timeline,
    List<String> undatedTransferIds,
    List<LenderTotal> financing,
    @ArraySchema(schema = @Schema(ref = "#/components/schemas/Transfer")) List<Object> transfers) {}
