package org.sightline.app.transfers;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The contract's Transfer JSON, for the OpenAPI document only: responses are written by the store's
 * {@code TransferJson}, which this mirrors field for field.
 */
@Schema(name = "Transfer", description = "A supply of surveillance technology, with its sources")
record TransferDoc(
    String id,
    List<SupplierDoc> supplierOrgs,
    @Schema(description = "ISO 3166-1 alpha-2, upper case; null when no source states it")
        String supplierCountry,
    @Schema(description = "ISO 3166-1 alpha-2, upper case") String recipientCountry,
    String endUser,
    @Schema(description = "technology keys, e.g. facial_recognition") List<String> technologies,
    @Schema(description = "status key, e.g. delivered") String status,
    Integer yearStart,
    Integer yearEnd,
    @Schema(nullable = true) MoneyDoc value,
    @Schema(nullable = true) FinancingDoc financing,
    String summary,
    List<SourceDoc> sources,
    @Schema(description = "ISO-8601 instant of the last change") String updatedAt,
    @Schema(
            description =
                "right of reply: published responses of the companies or governments named"
                    + " (single-record reads only)")
        List<ResponseDoc> responses) {

  @Schema(name = "Response")
  record ResponseDoc(
      String id,
      String transferId,
      String responderName,
      @Schema(description = "company, government or other") String responderKind,
      @Schema(nullable = true) String organizationId,
      @Schema(nullable = true, description = "ISO 3166-1 alpha-2") String country,
      @Schema(description = "YYYY-MM-DD") String date,
      String text,
      @Schema(nullable = true, description = "http(s) URL") String link,
      @Schema(nullable = true) String howObtained,
      @Schema(description = "ISO-8601 instant it was published") String publishedAt) {}

  @Schema(name = "TransferSupplier")
  record SupplierDoc(
      @Schema(description = "register id; null when the organization is not in the register")
          String id,
      String name,
      List<String> aliases) {}

  @Schema(name = "Money")
  record MoneyDoc(BigDecimal amount, String currency) {}

  @Schema(name = "Financing")
  record FinancingDoc(String lender, BigDecimal amount, String currency) {}

  @Schema(name = "Source")
  record SourceDoc(
      String url,
      String publisher,
      @Schema(description = "YYYY-MM-DD, YYYY-MM or YYYY") String date,
      @Schema(description = "quote tying the source to the transfer") String evidence) {}
}
