package org.sightline.app.organizations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.transfers.TransferViews;
import org.sightline.app.web.ApiParameters;
import org.sightline.app.web.NotFoundException;
import org.sightline.core.analyse.VendorFootprint;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Vendors, integrators, lenders and agencies: search by name or alias, and one in detail. */
@RestController
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
record OrganizationsController(
    Register register,
    OrganizationFamilies families,
    PublishedFigures figures,
    TransferViews views) {
  @Operation(
      summary =
          "Published organizations whose name or an alias contains the query, optionally of one"
              + " kind")
  @GetMapping
  OrganizationList search(
      @Parameter(description = "part of a name or alias; case, accents and punctuation ignored")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "vendor, integrator, lender, investor or agency")
          @RequestParam(required = false)
          String kind) {
    String needle = Countries.normalise(q);
    OrganizationKind wanted = ApiParameters.organizationKind("kind", kind);
    List<OrganizationSummary> items =
        register.organizations(Visibility.PUBLIC).stream()
            .map(StoredOrganization::organization)
            .filter(o -> needle.isEmpty() || matches(o, needle))
            .filter(o -> wanted == null || o.kind() == wanted)
            .sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER))
            .map(OrganizationSummary::of)
            .toList();
    return new OrganizationList(items, items.size());
  }

  @Operation(
      summary =
          "One organization with aliases, parent, subsidiaries, footprint (recipient countries,"
              + " technologies) and its transfers")
  @GetMapping("/{id}")
  OrganizationDetail one(
      @PathVariable String id,
      @Parameter(description = PublishedFigures.AS_OF_DESCRIPTION)
          @RequestParam(name = PublishedFigures.AS_OF, required = false)
          String asOf) {
    LocalDate day = figures.parseAsOf(asOf);
    OrganizationFamilies.Family family =
        families
            .of(id, day)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no published organization with id '"
                            + id
                            + "'"
                            + (day == null ? "" : " on " + day)));
    StoredOrganization stored = family.stored();
    Organization o = stored.organization();

    PublishedFigures.Snapshot snapshot = family.snapshot();
    VendorFootprint footprint = family.footprint();

    return new OrganizationDetail(
        o.id(),
        o.name(),
        o.aliases(),
        o.country(),
        o.kind() == null ? null : o.kind().key(),
        family.parent(),
        family.subsidiaries(),
        o.note(),
        o.sourceUrl(),
        footprint,
        family.viaSubsidiaries(),
        family.financing(),
        family.asEndUser(),
        snapshot.stored(footprint.transferIds()).stream().map(views::view).toList(),
        stored.updatedAt());
  }

  static boolean matches(Organization o, String needle) {
    if (Countries.normalise(o.name()).contains(needle)) {
      return true;
    }
    return o.aliases().stream().anyMatch(a -> Countries.normalise(a).contains(needle));
  }
}
