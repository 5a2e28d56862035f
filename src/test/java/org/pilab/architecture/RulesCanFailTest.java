package org.pilab.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule, applied to the fixture package of deliberate violations, reports them: a rule that
 * could never fail would prove nothing about the product.
 */
class RulesCanFailTest {

    private static final String FIXTURE = "org.pilab.architecture.fixture";
    private static JavaClasses fixtures;
    private static LayerRules rules;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURE);
        rules = new LayerRules(FIXTURE);
    }

    private static void assertViolatedBy(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertTrue(result.hasViolation(), () -> "rule did not fire: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(offender), () -> "expected " + offender + " in:\n" + report);
    }

    @Test
    void cycleIsCaught() {
        assertViolatedBy(rules.noCycles(), "UsesJobsLayer");
    }

    @Test
    void upwardDependencyIsCaught() {
        assertViolatedBy(rules.layering(), "UsesJobsLayer");
    }

    @Test
    void engineUsingAnotherLayerIsCaught() {
        assertViolatedBy(rules.engineStandsAlone(), "UsesJobsLayer");
    }

    @Test
    void jlineOutsideShellIsCaught() {
        assertViolatedBy(rules.jlineOnlyInShell(), "UsesJline");
    }

    @Test
    void lanternaOutsideTuiIsCaught() {
        assertViolatedBy(rules.lanternaOnlyInTui(), "UsesLanterna");
    }

    @Test
    void processBuilderOutsideRealClusterIsCaught() {
        assertViolatedBy(rules.processesOnlyInRealCluster(), "StartsProcess");
    }

    @Test
    void consoleOutputBelowShellIsCaught() {
        assertViolatedBy(rules.noConsoleBelowShell(), "PrintsToConsole");
    }

    @Test
    void wallClockIsCaught() {
        assertViolatedBy(rules.noWallClockOrUnseededRandom(), "ReadsWallClock");
    }

    @Test
    void unseededRandomIsCaught() {
        assertViolatedBy(rules.noWallClockOrUnseededRandom(), "UnseededRandom");
    }
}
