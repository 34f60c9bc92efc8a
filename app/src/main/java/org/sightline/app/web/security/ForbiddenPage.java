package org.sightline.app.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The 403 page browsers are forwarded to when their role does not allow a request. */
@Controller
class ForbiddenPage {
  static final String FORBIDDEN = "/forbidden";

  @RequestMapping(FORBIDDEN)
  ModelAndView forbidden(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(HttpStatus.FORBIDDEN);
    mav.addObject("status", 403);
    mav.addObject("title", "Not allowed");
    mav.addObject("message", "Your account's role does not allow this, or the form had expired. ");
    return mav;
  }
}
