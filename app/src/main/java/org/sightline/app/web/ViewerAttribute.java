package org.sightline.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the {@link Viewer} on every request as the attribute {@code sessionViewer}, which templates
 * read as a variable: unlike a bean reference ({@code @viewer}), a variable also works in the error
 * pages the security filters render outside Spring MVC, where it is simply absent ("Sign in" is
 * shown). Registered after the security filters, so the signed-in user is known.
 */
@Component
class ViewerAttribute extends OncePerRequestFilter {
  private final Viewer viewer;

  ViewerAttribute(Viewer viewer) {
    this.viewer = viewer;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute("sessionViewer", viewer);
    chain.doFilter(request, response);
  }
}
