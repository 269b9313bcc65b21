package org.ecdp.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of STYLE.md: web -> logging, mentoring, housing -> domain; UI and REST only in web. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ecdp");
    }

    @Test
    void theCapabilityModulesNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.ecdp.logging..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecdp.mentoring..", "org.ecdp.housing..", "org.ecdp.web..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.ecdp.mentoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecdp.logging..", "org.ecdp.housing..", "org.ecdp.web..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.ecdp.housing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecdp.logging..", "org.ecdp.mentoring..", "org.ecdp.web..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.ecdp.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecdp.logging..", "org.ecdp.mentoring..", "org.ecdp.housing..", "org.ecdp.web..")
                .check(classes);
    }

    @Test
    void onlyTheWebModuleUsesFacesPrimeFacesOrJaxRs() {
        noClasses().that().resideOutsideOfPackage("org.ecdp.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..")
                .check(classes);
    }
}
