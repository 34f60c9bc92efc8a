package org.sightline.app.responses;

import jakarta.servlet.http.HttpServletResponse;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageErrors;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.registry.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The browser side of the right of reply: the transfer page's form posts here (with its CSRF token)
 * and a reviewer's publish button too. Both go through {@link RightOfReply}, like the API, then
 * back to the transfer page; a refused form is shown again with its values and problems.
 */
@PageController
record ResponseFormController(RightOfReply rightOfReply) {
  @PostMapping("/transfers/{id}/responses")
  ModelAndView add(
      @PathVariable String id,
      @RequestParam(name = "responder_name", required = false) String responderName,
      @RequestParam(name = "responder_kind", required = false) String responderKind,
      @RequestParam(name = "organization_id", required = false) String organizationId,
      @RequestParam(name = "country", required = false) String country,
      @RequestParam(name = "date", required = false) String date,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "link", required = false) String link,
      @RequestParam(name = "how_obtained", required = false) String howObtained,
      HttpServletResponse response) {
    RightOfReply.Form form =
        new RightOfReply.Form(
            responderName, responderKind, organizationId, country, date, text, link, howObtained);
    try {
      rightOfReply.add(id, form, Roles.currentUsername());
    } catch (WorkflowRefusal e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        return error(e, response);
      }
      response.setHeader("Cache-Control", "no-store");
      ModelAndView mav = new ModelAndView("response-form");
      mav.setStatus(HttpStatus.BAD_REQUEST);
      mav.addObject("title", "Add a response");
      mav.addObject("transferId", id);
      mav.addObject("form", form);
      mav.addObject("problems", e.violations());
      return mav;
    }
    return new ModelAndView("redirect:/transfers/" + id + "?response=received#responses");
  }

  @PostMapping("/transfers/{id}/responses/{responseId}/publish")
  ModelAndView publish(
      @PathVariable String id, @PathVariable String responseId, HttpServletResponse response) {
    try {
      rightOfReply.publish(
          id, responseId, Roles.currentUsername(), "published from the record page");
    } catch (WorkflowRefusal e) {
      return error(e, response);
    }
    return new ModelAndView("redirect:/transfers/" + id + "?response=published#responses");
  }

  private static ModelAndView error(WorkflowRefusal e, HttpServletResponse response) {
    String details = String.join("; ", e.violations().stream().map(Violation::toString).toList());
    return PageErrors.page(
        e.status(),
        e.status() == HttpStatus.NOT_FOUND ? "Not found" : "Not done",
        e.getMessage() + (details.isEmpty() ? "" : " (" + details + ")"),
        response);
  }
}
