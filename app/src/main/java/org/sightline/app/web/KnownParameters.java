package org.sightline.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API read refuses a query parameter it does not take (400 naming it and listing those it
 * takes), so {@code ?region=Africa} on an endpoint without that filter is an error instead of
 * silently returning every record. The parameters an endpoint takes are exactly the {@link
 * RequestParam}s its handler method declares, so the check cannot drift from the endpoint; a
 * handler that takes a whole parameter map is not checked. Pages keep ignoring unknown parameters
 * (links shared with tracking tags still work); only {@code /api/} GET and HEAD requests are
 * checked.
 */
@Configuration(proxyBeanMethods = false)
class KnownParameters implements WebMvcConfigurer, HandlerInterceptor {
  private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
  private final Map<Method, Set<String>> accepted = new ConcurrentHashMap<>();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    String method = request.getMethod();
    if (!(handler instanceof HandlerMethod h) || !("GET".equals(method) || "HEAD".equals(method))) {
      return true;
    }
    Set<String> names = accepted.computeIfAbsent(h.getMethod(), KnownParameters::declared);
    if (names.contains("*")) {
      return true;
    }
    for (String name : request.getParameterMap().keySet()) {
      if (!names.contains(name)) {
        throw new BadParameterException(
            name,
            "unknown parameter '"
                + name
                + "'; "
                + request.getRequestURI()
                + (names.isEmpty()
                    ? " takes no parameters"
                    : " takes " + String.join(", ", names)));
      }
    }
    return true;
  }

  /** The request parameter names a handler declares, in order; {@code *} when it takes a map. */
  private static Set<String> declared(Method handler) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < handler.getParameterCount(); i++) {
      MethodParameter p = new MethodParameter(handler, i);
      p.initParameterNameDiscovery(NAMES);
      RequestParam rp = p.getParameterAnnotation(RequestParam.class);
      if (rp == null) {
        continue;
      }
      if (Map.class.isAssignableFrom(p.getParameterType())) {
        return Set.of("*");
      }
      String name = rp.name().isEmpty() ? p.getParameterName() : rp.name();
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }
}
