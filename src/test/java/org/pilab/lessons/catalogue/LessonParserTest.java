package org.pilab.lessons.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.lessons.model.Check;
import org.pilab.lessons.model.ConfRequirement;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.model.OutputCondition;
import org.pilab.lessons.model.ScenarioRef;

class LessonParserTest {

    private static final String SOURCE = "lessons/04-demo/lesson.json";

    private static String lesson(String stepsJson) {
        return "{\n  \"version\": 1,\n  \"id\": \"04-demo\",\n  \"title\": \"Demo\",\n  \"scenario\": \"after:03\",\n"
                + "  \"steps\": " + stepsJson + "\n}\n";
    }

    private static String step(String id, String checksJson) {
        return "{\"id\": \"" + id + "\", \"title\": \"T\", \"text\": \"do it\", \"checks\": " + checksJson
                + ", \"hints\": [\"a\", \"b\", \"c\"], \"solution\": [\"true\"],"
                + " \"wrong_moves\": [{\"commands\": [\"false\"], \"expect_hint\": 2}]}";
    }

    private static LessonFormatException failure(String json) {
        return assertThrows(LessonFormatException.class, () -> LessonParser.parse(SOURCE, "04-demo", json, "", List.of()));
    }

    @Test
    void readsEveryPartOfAValidLesson() {
        String checks = "[{\"type\": \"package_installed\", \"hosts\": \"pi[01-03]\", \"package\": \"munge\", \"why\": \"w1\"},"
                + " {\"type\": \"command_output\", \"host\": \"pi02\", \"run\": \"md5sum x\", \"matches_host\": \"pi01\", \"why\": \"w2\"},"
                + " {\"type\": \"file_mode\", \"host\": \"pi02\", \"path\": \"/etc/munge/munge.key\", \"mode\": \"0400\", \"why\": \"w3\"}]";
        Lesson l = LessonParser.parse(SOURCE, "04-demo", lesson("[" + step("one", checks) + "]"), "prose", List.of("lesson.json"));
        assertEquals(4, l.number());
        assertEquals(new ScenarioRef.After(3), l.scenario());
        assertEquals(1, l.steps().size());
        var installed = assertInstanceOf(Check.PackageInstalled.class, l.steps().get(0).checks().get(0));
        assertEquals(List.of("pi01", "pi02", "pi03"), installed.hosts());
        var output = assertInstanceOf(Check.CommandOutput.class, l.steps().get(0).checks().get(1));
        assertEquals(new OutputCondition.MatchesHost("pi01"), output.condition());
        var mode = assertInstanceOf(Check.FileMode.class, l.steps().get(0).checks().get(2));
        assertEquals(0400, mode.mode().orElseThrow());
        assertEquals(2, l.steps().get(0).wrongMoves().get(0).expectHint());
        assertEquals("prose", l.readme());
    }

    @Test
    void readsSlurmConfAnyOfAndSucceeded() {
        String checks = "[{\"type\": \"slurm_conf\", \"host\": \"pi01\", \"nodes\": \"pi[01-02]\", \"cpus\": 4, \"why\": \"w1\"},"
                + " {\"type\": \"any_of\", \"why\": \"w2\", \"checks\": ["
                + "{\"type\": \"command_run\", \"regex\": \"x\", \"succeeded\": true, \"why\": \"a\"},"
                + " {\"type\": \"slurm_conf\", \"host\": \"pi01\", \"path\": \"/tmp/s.conf\", \"default_partition\": true, \"why\": \"b\"}]}]";
        Lesson l = LessonParser.parse(SOURCE, "04-demo", lesson("[" + step("one", checks) + "]"), "", List.of("lesson.json"));
        var conf = assertInstanceOf(Check.SlurmConf.class, l.steps().get(0).checks().get(0));
        assertEquals(new ConfRequirement.Nodes(List.of("pi01", "pi02"), java.util.Optional.of(4)), conf.requirement());
        assertEquals(Check.SlurmConf.DEFAULT_PATH, conf.path());
        var any = assertInstanceOf(Check.AnyOf.class, l.steps().get(0).checks().get(1));
        assertTrue(assertInstanceOf(Check.CommandRun.class, any.checks().get(0)).succeeded());
        assertEquals("/tmp/s.conf", assertInstanceOf(Check.SlurmConf.class, any.checks().get(1)).path());
    }

    @Test
    void slurmConfNeedsExactlyOneRequirement() {
        LessonFormatException e = failure(lesson("[" + step("one",
                "[{\"type\": \"slurm_conf\", \"host\": \"pi01\", \"setting\": \"ClusterName\", \"controller\": \"pi01\", \"why\": \"w\"}]") + "]"));
        assertTrue(e.getMessage().contains("exactly one of setting, controller, nodes, default_partition"), e.getMessage());
        e = failure(lesson("[" + step("one",
                "[{\"type\": \"command_run\", \"regex\": \"x\", \"succeeded\": \"yes\", \"why\": \"w\"}]") + "]"));
        assertTrue(e.getMessage().contains("\"succeeded\""), e.getMessage());
    }

    @Test
    void unknownKeyIsNamedWithItsLineAndColumn() {
        String json = lesson("[" + step("one", "[{\"type\": \"command_run\", \"regex\": \"x\", \"why\": \"w\"}]") + "]")
                .replace("\"title\": \"Demo\",", "\"title\": \"Demo\",\n  \"colour\": \"red\",");
        LessonFormatException e = failure(json);
        assertTrue(e.getMessage().contains(SOURCE + ":5:13: unknown key \"colour\""), e.getMessage());
    }

    @Test
    void unknownCheckTypeListsTheKnownOnes() {
        LessonFormatException e = failure(lesson("[" + step("one", "[{\"type\": \"telepathy\", \"why\": \"w\"}]") + "]"));
        assertTrue(e.getMessage().contains("unknown check type \"telepathy\""), e.getMessage());
        assertTrue(e.getMessage().contains("command_output"), e.getMessage());
    }

    @Test
    void missingFieldsAreEachReported() {
        LessonFormatException e = failure(lesson("[" + step("one", "[{\"type\": \"exit_status\", \"host\": \"pi01\"}]") + "]"));
        assertTrue(e.getMessage().contains("has no \"run\""), e.getMessage());
        assertTrue(e.getMessage().contains("has no \"status\""), e.getMessage());
        assertTrue(e.getMessage().contains("has no \"why\""), e.getMessage());
    }

    @Test
    void duplicateStepIdsAreRefused() {
        String check = "[{\"type\": \"command_run\", \"regex\": \"x\", \"why\": \"w\"}]";
        LessonFormatException e = failure(lesson("[" + step("same", check) + ", " + step("same", check) + "]"));
        assertTrue(e.getMessage().contains("duplicate step id \"same\""), e.getMessage());
    }

    @Test
    void badHostListIsExplained() {
        LessonFormatException e = failure(lesson("[" + step("one",
                "[{\"type\": \"service_active\", \"hosts\": \"pi[01-\", \"unit\": \"munge\", \"why\": \"w\"}]") + "]"));
        assertTrue(e.getMessage().contains("is not a valid host list"), e.getMessage());
    }

    @Test
    void expectHintMustNameAnExistingHint() {
        String json = lesson("[" + step("one", "[{\"type\": \"command_run\", \"regex\": \"x\", \"why\": \"w\"}]") + "]")
                .replace("\"expect_hint\": 2", "\"expect_hint\": 3");
        assertTrue(failure(json).getMessage().contains("\"expect_hint\" is 3 but the step has 3 hints"));
    }

    @Test
    void idMustEqualTheFolderAndNewerVersionsAreRefused() {
        String json = lesson("[" + step("one", "[{\"type\": \"command_run\", \"regex\": \"x\", \"why\": \"w\"}]") + "]")
                .replace("\"version\": 1", "\"version\": 2").replace("\"04-demo\"", "\"05-demo\"");
        LessonFormatException e = failure(json);
        assertTrue(e.getMessage().contains("newer than this pilab reads"), e.getMessage());
        assertTrue(e.getMessage().contains("but the folder is \"04-demo\""), e.getMessage());
    }

    @Test
    void syntaxErrorsCarryTheLocation() {
        LessonFormatException e = failure("{\n  \"version\": 1,\n  \"id\": }");
        assertTrue(e.getMessage().startsWith(SOURCE + ":3:9: not valid JSON"), e.getMessage());
    }
}
