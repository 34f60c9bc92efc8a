package org.sightline.app.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.sightline.app.web.ApiError;
import org.sightline.app.web.Attachments;
import org.sightline.app.web.BadParameterException;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.screen.NameMatcher;
import org.sightline.core.screen.Screener;
import org.sightline.store.accounts.Role;
import org.sightline.store.screening.ScreeningReports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /api/v1/screen}: names as JSON, or a file upload (names one per line, or a CSV with a
 * {@code name} column), against the published register; every match explained. Anyone may screen
 * (the API's rate limit applies); saving a run as a report needs a signed-in user or token, and a
 * saved report is read by its id alone ({@code GET /api/v1/screen/reports/{id}}).
 */
@RestController
@RequestMapping(path = "/api/v1/screen")
class ScreeningApi {
  private final ScreeningService service;

  ScreeningApi(ScreeningService service) {
    this.service = service;
  }

  /** The JSON request: names, and optionally a threshold and whether to save the run. */
  record ScreenRequest(List<String> names, Double threshold, Boolean save) {}

  /** One screened name and its matches, best first (none: no match). */
  record NameResult(long line, String input, List<Screener.Alert> matches) {}

  record Skip(long line, String reason) {}

  /** The answer: what was screened against what, the results, and the saved report if asked. */
  record ScreenResponse(
      long registerRevision,
      String registerVersion,
      Instant screenedAt,
      double threshold,
      int names,
      int alerts,
      int skippedRows,
      List<Skip> skipped,
      List<NameResult> results,
      String reportId,
      String reportUrl) {}

  /** A saved report: its run and its rows (one per name and match, in input order). */
  record ReportView(
      String id,
      Instant createdAt,
      long registerRevision,
      String registerVersion,
      double threshold,
      int names,
      int alerts,
      int skippedRows,
      List<ScreeningReports.Row> rows) {}

  @Operation(summary = "Screen names (JSON {names:[...], threshold?, save?}) against the register")
  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ScreenResponse screen(@RequestBody ScreenRequest request) {
    if (request == null || request.names() == null) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST,
          "bad_input",
          "send {\"names\": [\"...\"]}: a list of names to screen",
          List.of());
    }
    String author = saver(Boolean.TRUE.equals(request.save()));
    return respond(service.screen(request.names(), threshold(request.threshold())), author);
  }

  @Operation(
      summary =
          "Screen an uploaded file (field 'file': names one per line, or CSV with a 'name'"
              + " column); JSON")
  @PostMapping(
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ScreenResponse upload(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @Parameter(description = "score from which a name is a match, 0.5 to 1 (default 0.8)")
          @RequestParam(required = false)
          Double threshold,
      @Parameter(description = "json (default); format=csv streams CSV instead")
          @RequestParam(required = false)
          String format,
      @Parameter(description = "true to save the run as a report (signed in)")
          @RequestParam(required = false)
          Boolean save) {
    jsonUnlessCsv(format);
    double t = threshold(threshold);
    ScreeningService.Source source = source(required(file));
    String author = saver(Boolean.TRUE.equals(save));
    return respond(service.screen(source, t), author);
  }

  @Operation(summary = "Screen an uploaded file; CSV streamed as the names are read")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, params = "format=csv")
  ResponseEntity<StreamingResponseBody> uploadAsCsv(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) Double threshold,
      @RequestParam(required = false) Boolean save) {
    if (Boolean.TRUE.equals(save)) {
      throw new BadParameterException(
          "save", "save a run as JSON (without format=csv), then download the report as CSV");
    }
    double t = threshold(threshold);
    ScreeningService.Source source = source(required(file));
    service.check(source);
    return csv("sightline-screening.csv", out -> service.screenToCsv(source, t, out));
  }

  /** JSON answers take no format or {@code json}; {@code format=csv} has its own mapping. */
  private static void jsonUnlessCsv(String format) {
    if (format != null && !"json".equalsIgnoreCase(format)) {
      throw new BadParameterException("format", "parameter 'format' must be json or csv");
    }
  }

  private static MultipartFile required(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST,
          "bad_input",
          "upload a non-empty file in the field 'file'",
          List.of());
    }
    return file;
  }

  static ResponseEntity<StreamingResponseBody> csv(String fileName, StreamingResponseBody body) {
    return Attachments.attachment(fileName, "text/csv;charset=UTF-8").body(body);
  }

  @Operation(
      summary =
          "A saved screening report with the register revision and version it was screened"
              + " against")
  @GetMapping(path = "/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ReportView report(
      @PathVariable String id,
      @Parameter(description = "json (the default) or csv") @RequestParam(required = false)
          String format) {
    jsonUnlessCsv(format);
    ScreeningReports.Summary s = summary(id);
    return new ReportView(
        s.id(),
        s.createdAt(),
        s.registerRevision(),
        s.registerVersion(),
        s.threshold(),
        s.names(),
        s.alerts(),
        s.skipped(),
        service.reportRows(id));
  }

  @Operation(summary = "A saved screening report as CSV")
  @GetMapping(path = "/reports/{id}", params = "format=csv")
  ResponseEntity<StreamingResponseBody> reportAsCsv(
      @PathVariable String id, @RequestParam String format) {
    summary(id);
    return csv("sightline-screening-" + id + ".csv", out -> service.reportToCsv(id, out));
  }

  private ScreeningReports.Summary summary(String id) {
    return service
        .report(id)
        .orElseThrow(() -> new NotFoundException("no screening report with id '" + id + "'"));
  }

  /** A body that is not {@code {"names": [...]}}: one line saying what to send. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(
            ApiError.of(
                "bad_input",
                "the body is not valid JSON of the form {\"names\": [\"...\"], \"threshold\": 0.8,"
                    + " \"save\": false}"));
  }

  private ScreenResponse respond(ScreeningService.Run run, String author) {
    String reportId = author == null ? null : service.save(run, author).id();
    return new ScreenResponse(
        run.registerRevision(),
        run.registerVersion(),
        run.screenedAt(),
        run.threshold(),
        run.totals().names(),
        run.totals().alerts(),
        run.totals().skippedRows(),
        run.totals().skipped().stream().map(k -> new Skip(k.line(), k.reason())).toList(),
        run.screened().stream()
            .map(s -> new NameResult(s.line(), s.result().input(), s.result().alerts()))
            .toList(),
        reportId,
        reportId == null ? null : "/api/v1/screen/reports/" + reportId);
  }

  /** Who saves the run, or null when not asked to; saving needs a signed-in user or token. */
  static String saver(boolean save) {
    if (!save) {
      return null;
    }
    if (!Roles.currentHas(Role.CONTRIBUTOR)) {
      throw new WorkflowRefusal(
          HttpStatus.UNAUTHORIZED,
          "sign_in_required",
          "saving a screening report needs a signed-in account or an API token; screening itself"
              + " does not",
          List.of());
    }
    return Roles.currentUser(Role.CONTRIBUTOR);
  }

  static double threshold(Double t) {
    if (t == null) {
      return NameMatcher.DEFAULT_THRESHOLD;
    }
    if (t.isNaN() || t < 0.5 || t > 1) {
      throw new BadParameterException(
          "threshold", "parameter 'threshold' must be between 0.5 and 1, got " + t);
    }
    return t;
  }

  static ScreeningService.Source source(MultipartFile file) {
    return new ScreeningService.Source() {
      @Override
      public InputStream open() throws IOException {
        return file.getInputStream();
      }

      @Override
      public String fileName() {
        return file.getOriginalFilename();
      }
    };
  }
}
