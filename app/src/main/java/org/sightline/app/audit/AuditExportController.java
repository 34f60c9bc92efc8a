package org.sightline.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sightline.app.web.Attachments;
import org.sightline.app.web.BadParameterException;
import org.sightline.store.audit.AuditExport;
import org.sightline.store.audit.AuditFilter;
import org.sightline.store.audit.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/audit?format=csv|jsonl}: the whole audit log for admins (the security
 * rules refuse everyone else), oldest first, streamed as a download.
 */
@RestController
record AuditExportController(AuditLog audit) {
  @Operation(
      summary = "The audit log: every revision with its author and every account event (admins)")
  @GetMapping("/api/v1/admin/audit")
  void export(
      @Parameter(description = "csv (default) or jsonl") @RequestParam(defaultValue = "csv")
          String format,
      @Parameter(description = "only entries by or about this username")
          @RequestParam(required = false)
          String user,
      @Parameter(description = "transfer, organization, account or token")
          @RequestParam(required = false)
          String entity,
      @Parameter(description = "from this UTC day, YYYY-MM-DD") @RequestParam(required = false)
          String from,
      @Parameter(description = "up to this UTC day, YYYY-MM-DD") @RequestParam(required = false)
          String to,
      HttpServletResponse response)
      throws IOException {
    AuditExport.Format f =
        AuditExport.Format.fromKey(format)
            .orElseThrow(
                () ->
                    new BadParameterException(
                        "format", "parameter 'format' must be csv or jsonl, got '" + format + "'"));
    AuditFilter filter =
        new AuditQuery(user, entity, from, to)
            .read(
                (name, value) -> {
                  throw new BadParameterException(
                      name,
                      "parameter '"
                          + name
                          + "' must be "
                          + ("entity".equals(name)
                              ? "one of " + AuditLog.ENTITY_TYPES
                              : AuditQuery.DAY)
                          + ", got '"
                          + value
                          + "'");
                });
    response.setStatus(HttpServletResponse.SC_OK);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(
        f == AuditExport.Format.CSV ? "text/csv;charset=UTF-8" : "application/jsonl;charset=UTF-8");
    response.setHeader(
        "Content-Disposition", Attachments.contentDisposition("sightline-audit." + f.key()));
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    AuditExport.write(audit, filter, f, out);
    out.flush();
  }
}
