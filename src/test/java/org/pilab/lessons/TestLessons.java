package org.pilab.lessons;

import java.util.List;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.catalogue.LessonParser;
import org.pilab.lessons.model.Lesson;

/** Small lessons written for the tests, on the {@code networked} scenario. */
public final class TestLessons {

    private TestLessons() {
    }

    /** Step 1 installs chrony on pi01 and pi02; step 2 asks to look at chronyc sources on pi01. */
    public static final String CHRONY = """
            {"version": 1, "id": "01-chrony", "title": "Chrony", "scenario": "networked",
             "steps": [
              {"id": "install", "title": "Install chrony", "text": "Install chrony on pi01 and pi02.",
               "checks": [
                 {"type": "package_installed", "hosts": "pi[01-02]", "package": "chrony", "why": "chrony is not installed on pi01 and pi02"},
                 {"type": "service_active", "hosts": ["pi01", "pi02"], "unit": "chrony", "why": "chrony is not running"}
               ],
               "hints": ["both Pis", "apt install", "ssh piNN 'sudo apt install -y chrony'"],
               "solution": ["ssh pi01 'sudo apt install -y chrony'", "ssh pi02", "sudo apt install -y chrony", "exit"],
               "wrong_moves": [{"commands": ["ssh pi01 'sudo apt install -y chrony'"], "expect_hint": 0}]},
              {"id": "look", "title": "Look at the sources", "text": "Run chronyc sources on pi01.",
               "checks": [{"type": "command_run", "regex": "^chronyc sources", "host": "pi01", "why": "run chronyc sources on pi01"}],
               "hints": ["chronyc", "sources", "ssh pi01 chronyc sources"],
               "solution": ["ssh pi01 chronyc sources"]}
             ]}
            """;

    public static Lesson lesson(String json) {
        String id = json.replaceAll("(?s).*?\"id\": \"([^\"]+)\".*", "$1");
        return LessonParser.parse("test/" + id + "/lesson.json", id, json, "prose", List.of("lesson.json", "README.md"));
    }

    public static Catalogue catalogue(String... jsons) {
        return new Catalogue(java.util.Arrays.stream(jsons).map(TestLessons::lesson).toList(), "test");
    }
}
