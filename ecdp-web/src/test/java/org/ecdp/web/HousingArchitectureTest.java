package org.ecdp.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The housing module by component: no cycle between its packages, entities that import no
 * control or boundary class, and no resource, page bean or entity of another layer reaching past
 * the boundaries. Each rule fails when its classes are missing, so a moved package is noticed.
 */
class HousingArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ecdp.housing");
        assertThat(classes).as("the housing module's classes are on the class path").hasSizeGreaterThan(50);
    }

    @Test
    void housingPackagesHaveNoCycle() {
        slices().matching("org.ecdp.housing.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void housingEntitiesImportNoControlNorBoundary() {
        noClasses().that().resideInAPackage("org.ecdp.housing..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecdp.housing..control..", "org.ecdp.housing..boundary..")
                .check(classes);
    }

    @Test
    void everyHousingComponentHasItsBoundary() {
        for (String component : new String[] {"programme", "enrolment", "allocation", "coaching", "evaluation", "instrument"}) {
            assertThat(classes.containPackage("org.ecdp.housing." + component + ".boundary")).as(component).isTrue();
        }
    }
}
