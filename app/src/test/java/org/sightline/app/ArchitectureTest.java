package org.sightline.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of the design: the core is plain Java that the web app, the CLI and a Spark
 * job can all reuse, so it must not reach for frameworks, databases or adapters.
 */
@AnalyzeClasses(packages = "org.sightline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreIsPureJava =
      noClasses()
          .that()
          .resideInAPackage("org.sightline.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "java.sql..",
              "javax.sql..",
              "org.apache.spark..",
              "jakarta.servlet..",
              "javax.servlet..",
              "org.apache.lucene..",
              "org.sightline.store..",
              "org.sightline.app..")
          .because("core is the pure-Java domain shared by every adapter");

  @ArchTest
  static final ArchRule storeKnowsNothingOfTheApp =
      noClasses()
          .that()
          .resideInAPackage("org.sightline.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.sightline.app..", "org.springframework..")
          .because("persistence is an adapter usable without the web app");

  @ArchTest
  static final ArchRule importAndExportDoNotStartSpring =
      noClasses()
          .that()
          .haveSimpleName("ImportCommand")
          .or()
          .haveSimpleName("ExportCommand")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..")
          .because("import and export must start fast, without the web application");
}
