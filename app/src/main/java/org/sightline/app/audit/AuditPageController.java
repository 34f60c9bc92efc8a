package org.sightline.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.sightline.app.web.PageController;
import org.sightline.store.audit.AuditFilter;
import org.sightline.store.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/audit}: the newest entries of the audit log with the form that filters them (the
 * security rules give {@code /admin/**} to admins). A filter that cannot be read is named above the
 * list, which is then shown without it.
 */
@PageController
record AuditPageController(AuditLog audit) {
  static final int AUDIT_PAGE = 500;

  @GetMapping("/admin/audit")
  ModelAndView audit(AuditQuery query, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    List<String> problems = new ArrayList<>();
    AuditFilter filter =
        query.read(
            (name, value) ->
                problems.add(
                    "entity".equals(name)
                        ? "Unknown entity type '" + value.strip() + "'."
                        : "'" + name + "' must be " + AuditQuery.DAY + "."));
    ModelAndView mav = new ModelAndView("admin-audit");
    mav.addObject("title", "Audit log");
    mav.addObject("entries", audit.newest(filter, AUDIT_PAGE));
    mav.addObject("limit", AUDIT_PAGE);
    mav.addObject("filter", filter);
    mav.addObject("entityTypes", AuditLog.ENTITY_TYPES);
    mav.addObject("problems", problems);
    if (!problems.isEmpty()) {
      mav.setStatus(HttpStatus.BAD_REQUEST);
    }
    return mav;
  }
}
