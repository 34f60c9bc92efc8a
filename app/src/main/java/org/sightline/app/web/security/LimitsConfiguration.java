package org.sightline.app.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.ITemplateEngine;

/**
 * Registers the rate limits around Spring Security's filter chain (order -100): failed sign-ins are
 * counted before it, API requests after it (when the caller is known).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class LimitsConfiguration {
  static final int FIRST = -200;
  static final int BEFORE_SECURITY = -101;
  static final int AFTER_SECURITY = -98;

  @Bean
  ClientKeys clientKeys() {
    return new ClientKeys();
  }

  @Bean
  FilterRegistrationBean<RequestSizeFilter> requestSizeLimit(
      @Value("${sightline.limits.json-body:1MB}") DataSize jsonBody,
      @Value("${sightline.limits.form-body:256KB}") DataSize formBody,
      @Value("${sightline.extract.max-bytes:10485760}") long extractDocumentBytes,
      @Value("${spring.servlet.multipart.max-request-size:13MB}") DataSize multipartRequest,
      ITemplateEngine pages) {
    FilterRegistrationBean<RequestSizeFilter> bean =
        new FilterRegistrationBean<>(
            new RequestSizeFilter(
                jsonBody,
                formBody,
                DataSize.ofBytes(extractBodyLimit(extractDocumentBytes)),
                multipartRequest,
                pages));
    bean.setOrder(FIRST);
    return bean;
  }

  /** Just inside the size limit, so it also covers the security filters' database lookups. */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutage(ITemplateEngine pages) {
    FilterRegistrationBean<DatabaseOutageFilter> bean =
        new FilterRegistrationBean<>(new DatabaseOutageFilter(pages));
    bean.setOrder(FIRST + 1);
    return bean;
  }

  @Bean
  FilterRegistrationBean<LoginRateLimitFilter> loginRateLimit(
      ClientKeys keys, RateLimitProperties properties, ITemplateEngine pages) {
    FilterRegistrationBean<LoginRateLimitFilter> bean =
        new FilterRegistrationBean<>(new LoginRateLimitFilter(keys, properties, pages));
    bean.setOrder(BEFORE_SECURITY);
    bean.setEnabled(properties.enabled());
    return bean;
  }

  @Bean
  ApiBudget apiBudget(RateLimitProperties properties) {
    return new ApiBudget(properties);
  }

  @Bean
  FilterRegistrationBean<ApiRateLimitFilter> apiRateLimit(
      ApiBudget budget, RateLimitProperties properties, ITemplateEngine pages) {
    FilterRegistrationBean<ApiRateLimitFilter> bean =
        new FilterRegistrationBean<>(new ApiRateLimitFilter(budget, pages));
    bean.setOrder(AFTER_SECURITY);
    bean.setEnabled(properties.enabled());
    return bean;
  }

  /**
   * The body limit of POST /api/v1/extract, from the one document limit: a document as JSON text
   * (escapes take up to six bytes a character) plus its other fields.
   */
  static long extractBodyLimit(long documentBytes) {
    return 6 * documentBytes + 65_536;
  }
}
