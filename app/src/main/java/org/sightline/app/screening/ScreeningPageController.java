package org.sightline.app.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.screen.NameMatcher;
import org.sightline.store.accounts.Role;
import org.sightline.store.screening.ScreeningReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /screen}: paste names or upload a file, see the matches with their explanations, sort
 * them, download them as CSV, and (signed in) save the run as a report at {@code
 * /screen/reports/{id}}. The form posts as multipart, so a long pasted list meets the upload limit
 * rather than the form-post limit.
 */
@PageController
class ScreeningPageController {
  /** Rows shown on a page; the CSV download has them all. */
  static final int SHOWN = 2000;

  static final List<String> SORTS = List.of("score", "input", "match", "country");

  private final ScreeningService service;
  private final long maxUploadBytes;

  ScreeningPageController(
      ScreeningService service,
      @Value("${spring.servlet.multipart.max-file-size:12MB}") DataSize maxUpload) {
    this.service = service;
    this.maxUploadBytes = maxUpload.toBytes();
  }

  @GetMapping("/screen")
  String form(Model model) {
    return page(model, "", null, null, null);
  }

  /**
   * Screens the pasted names or the uploaded file and shows the matches; the download button
   * ({@code download=csv}) streams the same as CSV instead. A refused input shows the form.
   */
  @PostMapping("/screen")
  Object screen(
      @RequestParam(required = false) String names,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String save,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String download,
      Model model) {
    String pasted = names == null ? "" : names;
    ScreeningService.Source source = source(pasted, file);
    String problem = problem(source);
    if (problem != null) {
      return page(model, pasted, problem, null, null);
    }
    if ("csv".equals(download)) {
      return ScreeningApi.csv(
          "sightline-screening.csv",
          out -> service.screenToCsv(source, NameMatcher.DEFAULT_THRESHOLD, out));
    }
    ScreeningService.Run run = service.screen(source, NameMatcher.DEFAULT_THRESHOLD);
    if (save != null && Roles.currentHas(Role.CONTRIBUTOR)) {
      String id = service.save(run, Roles.currentUser(Role.CONTRIBUTOR)).id();
      return "redirect:/screen/reports/" + id;
    }
    List<ScreeningReports.Row> rows = new ArrayList<>();
    run.screened().forEach(s -> rows.addAll(ScreeningCsv.rows(s)));
    model.addAttribute("run", run.totals());
    model.addAttribute("skipped", run.totals().skipped());
    model.addAttribute("revision", run.registerRevision());
    model.addAttribute("version", run.registerVersion());
    model.addAttribute("screenedAt", run.screenedAt());
    return page(model, pasted, null, rows, sort);
  }

  private static ScreeningService.Source source(String pasted, MultipartFile file) {
    if (file != null && !file.isEmpty()) {
      return ScreeningApi.source(file);
    }
    return pasted.isBlank() ? null : ScreeningService.Source.of(pasted);
  }

  /** Why an input cannot be screened, or null. */
  private String problem(ScreeningService.Source source) {
    if (source == null) {
      return "Paste names (one per line) or choose a file.";
    }
    try {
      service.check(source);
      return null;
    } catch (WorkflowRefusal e) {
      return e.getMessage();
    }
  }

  @GetMapping("/screen/reports/{id}")
  String report(@PathVariable String id, @RequestParam(required = false) String sort, Model model) {
    ScreeningReports.Summary s =
        service.report(id).orElseThrow(() -> new PageNotFound("No screening report '" + id + "'."));
    model.addAttribute("report", s);
    model.addAttribute("revision", s.registerRevision());
    model.addAttribute("version", s.registerVersion());
    model.addAttribute("screenedAt", s.createdAt());
    return page(model, "", null, service.reportRows(id), sort);
  }

  private String page(
      Model model, String pasted, String error, List<ScreeningReports.Row> rows, String sort) {
    String by = sort == null ? "score" : sort.toLowerCase(Locale.ROOT);
    if (!SORTS.contains(by)) {
      by = "score";
    }
    model.addAttribute("title", "Screen names");
    model.addAttribute("names", pasted);
    model.addAttribute("error", error);
    model.addAttribute("sort", by);
    model.addAttribute("canSave", Roles.currentHas(Role.CONTRIBUTOR));
    model.addAttribute("maxNames", service.maxNames());
    model.addAttribute("threshold", NameMatcher.DEFAULT_THRESHOLD);
    model.addAttribute("maxUploadBytes", maxUploadBytes);
    model.addAttribute("maxUploadMb", maxUploadBytes / (1024 * 1024));
    if (rows != null) {
      List<ScreeningReports.Row> matched =
          new ArrayList<>(rows.stream().filter(r -> r.organizationId() != null).toList());
      matched.sort(order(by));
      List<ScreeningReports.Row> unmatched =
          rows.stream().filter(r -> r.organizationId() == null).toList();
      model.addAttribute("matched", matched.subList(0, Math.min(SHOWN, matched.size())));
      model.addAttribute("matchedTotal", matched.size());
      model.addAttribute("unmatched", unmatched.subList(0, Math.min(SHOWN, unmatched.size())));
      model.addAttribute("unmatchedTotal", unmatched.size());
    }
    return "screen";
  }

  private static Comparator<ScreeningReports.Row> order(String by) {
    Comparator<ScreeningReports.Row> inInput = Comparator.comparingLong(ScreeningReports.Row::line);
    return switch (by) {
      case "input" ->
          Comparator.comparing((ScreeningReports.Row r) -> r.input().toLowerCase(Locale.ROOT))
              .thenComparing(inInput);
      case "match" ->
          Comparator.comparing(
                  (ScreeningReports.Row r) -> r.organizationName().toLowerCase(Locale.ROOT))
              .thenComparing(inInput);
      case "country" ->
          Comparator.comparing((ScreeningReports.Row r) -> r.country() == null ? "~" : r.country())
              .thenComparing(inInput);
      default ->
          Comparator.comparing(ScreeningReports.Row::score).reversed().thenComparing(inInput);
    };
  }
}
