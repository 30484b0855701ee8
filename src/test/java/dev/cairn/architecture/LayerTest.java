package dev.cairn.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's layers, as docs/architecture.md draws them: each stage depends only on the ones
 * before it, and the commands reach the stages only through the pipeline.
 */
class LayerTest {

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn");
  }

  @Test
  void theModelUsesOnlyTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("dev.cairn.model..")
        .should()
        .dependOnClassesThat(outside("java..", "dev.cairn.model.."))
        .check(main);
  }

  @Test
  void theAnalysisUsesOnlyTheModelAndTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("dev.cairn.analysis..")
        .should()
        .dependOnClassesThat(outside("java..", "dev.cairn.model..", "dev.cairn.analysis.."))
        .check(main);
  }

  @Test
  void theTextPackageUsesOnlyTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("dev.cairn.text..")
        .should()
        .dependOnClassesThat(outside("java..", "dev.cairn.text.."))
        .check(main);
  }

  @Test
  void renderingDoesNoFileInputOrOutput() {
    noClasses()
        .that()
        .resideInAPackage("dev.cairn.render..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Files")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Path")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.nio.channels..")
        .orShould()
        .dependOnClassesThat()
        .haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
        .check(main);
  }

  @Test
  void commandsAndTheServerReachTheStagesOnlyThroughThePipeline() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.cairn.cli..", "dev.cairn.serve..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.cairn.content..",
            "dev.cairn.analysis..",
            "dev.cairn.chart..",
            "dev.cairn.render..")
        .check(main);
  }

  @Test
  void commandsAndTheServerUseTheSiteWriterOnlyForItsFailuresAndFileTree() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.cairn.cli..", "dev.cairn.serve..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "site writer classes other than OutputRefused, SiteWriteFailed and FileTree",
                (JavaClass c) ->
                    c.getPackageName().equals("dev.cairn.site")
                        && !c.getSimpleName().matches("OutputRefused|SiteWriteFailed|FileTree")))
        .check(main);
  }

  @Test
  void onlyTheIncrementalPackageKeepsResultsBetweenBuilds() {
    // The commands choose the stages: serve its incremental ones, build the cached ones.
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.cairn.pipeline.incremental..")
        .and()
        .resideOutsideOfPackage("dev.cairn.serve..")
        .and()
        .resideOutsideOfPackage("dev.cairn.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.cairn.pipeline.incremental..")
        .check(main);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.cairn.(*)..").should().beFreeOfCycles().check(main);
  }

  private static DescribedPredicate<JavaClass> outside(String... packages) {
    return DescribedPredicate.describe(
        "classes outside " + String.join(", ", packages), (JavaClass c) -> !inAny(c, packages));
  }

  private static boolean inAny(JavaClass c, String[] packages) {
    JavaClass base = c.isArray() ? c.getBaseComponentType() : c;
    for (String p : packages) {
      String prefix = p.replace("..", "");
      if (base.getPackageName().equals(prefix) || base.getPackageName().startsWith(prefix + ".")) {
        return true;
      }
    }
    return base.isPrimitive();
  }
}
