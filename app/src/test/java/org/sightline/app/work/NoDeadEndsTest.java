package org.sightline.app.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.testing.SignedIn;
import org.sightline.core.model.EntityType;
import org.sightline.store.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No page in a contributor's day is a dead end (issue 11): from "My work", every page a signed-in
 * contributor reaches by following links is crawled; each must answer (no 404, no error page), and
 * each contributor page must link onward from its own content, not only from the site header. Links
 * out of the contributor's area (public record pages, say) are checked to answer but not crawled
 * further.
 */
class NoDeadEndsTest extends WorkTestContext {
  /** Enough for every kind of contributor page, several times over. */
  private static final int MAX_PAGES = 250;

  @Autowired PublicationWorkflow workflow;

  @Test
  void everyPageAContributorReachesAnswersAndLinksOnward() throws Exception {
    String me = user(Role.CONTRIBUTOR);
    RequestPostProcessor session = SignedIn.as(accounts, me, Role.CONTRIBUTOR);
    // A day's worth of work: documents decided and not, a draft, one sent back, one discarded.
    long kenya = paste(session, goldText("sl-01").path("text").asString() + " Ref " + uuid());
    String draft = accept(session, kenya, 1);
    String sentBack =
        draftFrom(session, "Hikvision supplied cameras to Uganda's police in 2021. " + uuid());
    workflow.submit(EntityType.TRANSFER, sentBack, me, null);
    workflow.sendBack(EntityType.TRANSFER, sentBack, user(Role.REVIEWER), "add the tender");
    String dropped = draftFrom(session, "Dahua sold cameras to Zambia's police in 2020. " + uuid());
    workflow.discard(EntityType.TRANSFER, dropped, me, false, "a duplicate");
    paste(session, "ZTE supplied cameras to Ecuador's police in 2019. " + uuid());

    Deque<String> queue = new ArrayDeque<>(List.of("/my-work", "/review/extract/drafts/" + draft));
    Set<String> seen = new LinkedHashSet<>(queue);
    List<String> problems = new ArrayList<>();
    int crawled = 0;
    while (!queue.isEmpty() && crawled < MAX_PAGES) {
      String path = queue.poll();
      MockHttpServletResponse r = mvc.perform(get(path).with(session)).andReturn().getResponse();
      crawled++;
      if (r.getStatus() != 200) {
        problems.add(path + " answers " + r.getStatus() + " " + r.getRedirectedUrl());
        continue;
      }
      if (!contributorArea(path)) {
        continue; // answered: enough for a page outside the contributor's area
      }
      Document page = Jsoup.parse(r.getContentAsString(), "http://localhost" + path);
      Element main = page.selectFirst("main");
      List<String> onward = new ArrayList<>();
      for (Element a : main == null ? List.<Element>of() : main.select("a[href]")) {
        String href = a.attr("href");
        if (href.startsWith("/") && !href.startsWith("//")) {
          onward.add(href);
        }
      }
      boolean formsOnward = main != null && !main.select("form[action^=/]").isEmpty();
      if (onward.isEmpty() && !formsOnward) {
        problems.add(path + " is a dead end: nothing in its content leads on");
      }
      for (Element a : page.select("a[href]")) {
        String target = local(a.attr("href"), path);
        if (target != null && seen.add(target)) {
          queue.add(target);
        }
      }
    }
    assertThat(problems).as("pages that fail or lead nowhere").isEmpty();
    assertThat(seen)
        .as("the crawl reached every kind of contributor page")
        .contains(
            "/my-work",
            "/review",
            "/review/extract",
            "/review/extract/documents/" + kenya,
            "/edit/transfers/" + sentBack,
            "/edit/transfers/" + dropped,
            "/account")
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("/review/extract/documents/" + kenya + "/candidates/")
                    .endsWith("/compare/T0011"));
    assertThat(crawled).isGreaterThan(10);
  }

  /** Pages that are a contributor's own (crawled on); the rest is only checked to answer. */
  private static boolean contributorArea(String path) {
    return path.startsWith("/review")
        || path.startsWith("/edit/")
        || path.startsWith("/my-work")
        || path.startsWith("/account");
  }

  /** A same-site page address without its fragment, or null for what is not a page to crawl. */
  private static String local(String href, String from) {
    if (href.startsWith("#")) {
      return null;
    }
    if (!href.startsWith("/") || href.startsWith("//")) {
      return null;
    }
    String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
    if (path.startsWith("/api/")
        || path.startsWith("/v3/")
        || path.startsWith("/swagger-ui")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/search.")
        || path.equals("/logout")) {
      return null;
    }
    return path.isEmpty() ? from : path;
  }
}
