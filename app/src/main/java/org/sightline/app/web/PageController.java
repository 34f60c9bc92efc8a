package org.sightline.app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of server-rendered pages. A capability keeps its page and API controllers in one
 * package, so the package cannot tell them apart: this marker does. {@link PageErrors} answers the
 * failures of these controllers as HTML pages; every other controller keeps the API's JSON errors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {}
