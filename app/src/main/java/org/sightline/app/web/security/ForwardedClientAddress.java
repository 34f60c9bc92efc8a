package org.sightline.app.web.security;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a proxy ({@code server.forward-headers-strategy=native}) the client address, which keys
 * the rate limits and the sign-in throttle, is the one the proxy itself saw: the right-most entry
 * of {@code X-Forwarded-For}. Jetty's own reading takes the left-most, which a client writes itself
 * when the proxy appends to the header (nginx's {@code $proxy_add_x_forwarded_for}, as the README
 * shows), and it also believes an RFC 7239 {@code Forwarded} header the proxy passed through:
 * either would let a client pick a new address for every request and escape its limits. So, before
 * Jetty reads them, only the right-most address is kept and {@code Forwarded} is dropped, which is
 * what the server read before Jetty (Tomcat's remote-address valve; ADR 0035).
 */
@Configuration(proxyBeanMethods = false)
class ForwardedClientAddress {

  @Bean
  WebServerFactoryCustomizer<JettyServletWebServerFactory> nearestProxysClient() {
    return factory ->
        factory.addServerCustomizers(
            server -> {
              // Server customizers run before Spring Boot adds Jetty's forwarded-header reader, so
              // this one is ahead of it in every connector's list.
              if (!factory.isUseForwardHeaders()) {
                return;
              }
              for (Connector connector : server.getConnectors()) {
                for (HttpConfiguration.ConnectionFactory http :
                    connector.getConnectionFactories().stream()
                        .filter(HttpConfiguration.ConnectionFactory.class::isInstance)
                        .map(HttpConfiguration.ConnectionFactory.class::cast)
                        .toList()) {
                  http.getHttpConfiguration().addCustomizer(ForwardedClientAddress::nearestHopOnly);
                }
              }
            });
  }

  /** The request with only the right-most X-Forwarded-For address and no Forwarded header. */
  static Request nearestHopOnly(Request request, HttpFields.Mutable responseHeaders) {
    HttpFields headers = request.getHeaders();
    List<String> hops = headers.getCSV(HttpHeader.X_FORWARDED_FOR, false);
    if (hops.size() <= 1 && !headers.contains(HttpHeader.FORWARDED)) {
      return request;
    }
    HttpFields.Mutable kept = HttpFields.build(headers);
    kept.remove(HttpHeader.FORWARDED);
    if (!hops.isEmpty()) {
      kept.put(HttpHeader.X_FORWARDED_FOR, hops.get(hops.size() - 1));
    }
    HttpFields fixed = kept.asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return fixed;
      }
    };
  }
}
