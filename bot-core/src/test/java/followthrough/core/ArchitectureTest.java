package followthrough.core;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, checked on the compiled core. */
class ArchitectureTest {

  private final JavaClasses core =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("followthrough.core");

  @Test
  void domainUsesNothingOutsideTheDomain() {
    holds(
        classes()
            .that()
            .resideInAPackage("followthrough.core.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("followthrough.core.domain..", "java..", "org.jspecify.."));
  }

  @Test
  void dialogsUseOnlyTheConversationModelDomainPortsAndTexts() {
    holds(
        classes()
            .that()
            .resideInAPackage("followthrough.core.dialogs..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "followthrough.core.dialogs..",
                "followthrough.core.conversation",
                "followthrough.core.dialog",
                "followthrough.core.domain..",
                "followthrough.core.ports",
                "followthrough.core.i18n",
                "java..",
                "org.jspecify.."));
  }

  @Test
  void nothingReadsTheSystemClock() {
    holds(
        noClasses()
            .should()
            .callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time")))))
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(java.time.Clock.class, "systemUTC")
            .orShould()
            .callMethod(java.time.Clock.class, "systemDefaultZone"));
  }

  @Test
  void theCoreUsesNoFramework() {
    holds(
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.springframework..",
                "com.mongodb..",
                "org.bson..",
                "org.telegram..",
                "net.dv8tion.."));
  }

  /** Checks the rule; a violation fails the test with ArchUnit's list of offending classes. */
  private void holds(ArchRule rule) {
    assertThatCode(() -> rule.check(core)).doesNotThrowAnyException();
  }
}
