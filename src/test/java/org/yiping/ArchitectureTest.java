package org.yiping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiping.store.Work;

/** The layering rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.yiping");
  }

  @Test
  void layersDependOnlyDownwards() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Launcher").definedBy(DescribedPredicate.describe("the Launcher",
            (JavaClass c) -> c.getName().equals(Launcher.class.getName())))
        .layer("UI").definedBy("org.yiping.ui..", "org.yiping.*.ui..")
        .layer("App").definedBy("org.yiping.app..")
        .layer("Features").definedBy("org.yiping.security..", "org.yiping.audit..", "org.yiping.elder..",
            "org.yiping.assessment..", "org.yiping.sync..", "org.yiping.report..", "org.yiping.reporting..",
            "org.yiping.adaptation..", "org.yiping.bed..", "org.yiping.carevisit..", "org.yiping.dashboard..")
        .layer("Kernel").definedBy("org.yiping.core..", "org.yiping.store..")
        .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
        .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
        .whereLayer("App").mayOnlyBeAccessedByLayers("UI", "Launcher")
        .whereLayer("Features").mayOnlyBeAccessedByLayers("UI", "App")
        .ignoreDependency(DescribedPredicate.describe("feature ui", (JavaClass c) -> c.getPackageName()
            .matches("org\\.yiping\\.\\w+\\.ui.*")), DescribedPredicate.alwaysTrue())
        .check(classes);
  }

  @Test
  void featureCodeOutsideUiNeverTouchesJavaFx() {
    noClasses().that().resideOutsideOfPackages("org.yiping.ui..", "org.yiping.*.ui..", "org.yiping")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..")
        .check(classes);
  }

  @Test
  void oneFeaturesScreensNeverUseAnotherFeaturesScreens() {
    slices().matching("org.yiping.(*).ui..").should().notDependOnEachOther().check(classes);
  }

  @Test
  void featureSlicesHaveNoCycles() {
    slices().matching("org.yiping.(*)..").that(DescribedPredicate.describe("non-UI code",
            s -> true))
        .should().beFreeOfCycles()
        .ignoreDependency(DescribedPredicate.describe("UI and composition classes", (JavaClass c) ->
            c.getPackageName().startsWith("org.yiping.ui") || c.getPackageName().matches("org\\.yiping\\.\\w+\\.ui.*")
                || c.getPackageName().startsWith("org.yiping.app")), DescribedPredicate.alwaysTrue())
        .check(classes);
  }

  @Test
  void onlyTheStoreAndRepositoriesUseTheEntityManager() {
    noClasses().that().resideOutsideOfPackage("org.yiping.store..")
        .and().haveSimpleNameNotEndingWith("Repository")
        .and().doNotHaveFullyQualifiedName("org.yiping.audit.AuditLog")
        .and().doNotHaveFullyQualifiedName("org.yiping.sync.Outbox")
        .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
        .orShould().callMethod(Work.class, "em")
        .check(classes);
  }

  @Test
  void theScoringEngineIsPureJava() {
    noClasses().that().resideInAnyPackage("org.yiping.assessment.engine..", "org.yiping.assessment.form..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "jakarta.persistence..",
            "org.yiping.store..", "org.yiping.ui..")
        .check(classes);
  }

  @Test
  void reportsAreRecordsInBytesOut() {
    // Reports render what they are given: no store, no session, no screens; the PDF and QR libraries stay here.
    classes().that().resideInAPackage("org.yiping.report..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.yiping.report..",
            "org.yiping.assessment.form..", "org.yiping.assessment.engine..", "org.yiping.core..", "java..",
            "com.lowagie..", "com.google.zxing..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage("org.yiping.report..")
        .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "com.google.zxing..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLinePrintsToTheConsole() {
    noClasses().that().resideOutsideOfPackage("org.yiping.app.cli..")
        .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void noJavaUtilLoggingExceptWhereTheDataSourceInterfaceDemandsIt() {
    noClasses().that().doNotImplement(javax.sql.DataSource.class)
        .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .check(classes);
  }
}
