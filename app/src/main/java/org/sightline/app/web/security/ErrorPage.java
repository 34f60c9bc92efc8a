package org.sightline.app.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The site's error page written by a servlet filter, before Spring Security and MVC have run (a
 * forward would meet the CSRF check of the refused POST). The error template needs no beans.
 */
final class ErrorPage {
  private ErrorPage() {}

  static void render(
      ITemplateEngine pages, HttpServletResponse response, int status, String title, String message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Context page = new Context(Locale.ENGLISH);
    page.setVariable("status", status);
    page.setVariable("title", title);
    page.setVariable("message", message);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    pages.process("error", page, response.getWriter());
  }
}
