package org.pilab.lessons.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilab.lessons.model.Check;
import org.pilab.lessons.model.Hint;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.model.ScenarioRef;
import org.pilab.lessons.model.Step;
import org.pilab.lessons.model.WrongMove;

/** Turns one lesson.json into a {@link Lesson}, validating it against docs/lesson-format.md (version 1). */
public final class LessonParser {

    /** The newest format this code reads. */
    public static final int VERSION = 1;
    static final Pattern FOLDER = Pattern.compile("(\\d\\d)-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern AFTER = Pattern.compile("after:(\\d\\d)");
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    static final Set<String> NAMED_SCENARIOS = Set.of("fresh", "networked", "slurm-ready");
    private static final Set<String> LESSON_KEYS = Set.of("version", "id", "title", "scenario", "setup", "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "title", "text", "checks", "hints", "solution", "wrong_moves");
    private static final Set<String> WRONG_MOVE_KEYS = Set.of("commands", "expect_hint");

    private LessonParser() {
    }

    /**
     * @param source  the file as named in messages (e.g. {@code lessons/04-install-slurm/lesson.json})
     * @param folder  the lesson folder's name, which the {@code id} must equal
     * @param json    the file's text
     * @param readme  the README.md prose ("" if absent)
     * @param files   the names of all files in the folder
     * @throws LessonFormatException listing every problem found
     */
    public static Lesson parse(String source, String folder, String json, String readme, List<String> files) {
        JsonNode root = LocatedJsonReader.read(source, json);
        List<String> problems = new ArrayList<>();
        ObjectReader r = new ObjectReader(source, "the lesson", root, problems);
        if (!r.isObject()) {
            throw new LessonFormatException(problems);
        }
        Matcher folderMatch = FOLDER.matcher(folder);
        if (!folderMatch.matches()) {
            problems.add(source + ":1:1: the folder name \"" + folder + "\" must be NN-slug (two digits, lower-case words joined by -)");
        }
        r.onlyKeys(LESSON_KEYS);
        version(r, source);
        String id = r.requiredString("id");
        if (r.has("id") && !id.equals(folder)) {
            r.problem(r.member("id").orElseThrow(), "\"id\" is \"" + id + "\" but the folder is \"" + folder
                    + "\": they must be equal");
        }
        String title = r.requiredString("title");
        int number = folderMatch.matches() ? Integer.parseInt(folderMatch.group(1)) : -1;
        ScenarioRef scenario = scenario(r, number);
        List<String> setup = r.stringList("setup", false);
        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        List<JsonNode> stepNodes = r.objectList("steps", true);
        if (r.has("steps") && stepNodes.isEmpty()) {
            r.problem(r.member("steps").orElseThrow(), "\"steps\" is empty: a lesson needs at least one step");
        }
        for (int i = 0; i < stepNodes.size(); i++) {
            Step s = step(r.child("step " + (i + 1), stepNodes.get(i)));
            if (s != null) {
                if (!stepIds.add(s.id())) {
                    r.problem(stepNodes.get(i), "duplicate step id \"" + s.id() + "\": step ids must be unique within the lesson");
                }
                steps.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
        return new Lesson(number, id, title, scenario, setup, steps, readme, files);
    }

    private static void version(ObjectReader r, String source) {
        if (!r.has("version")) {
            r.missing("version");
            return;
        }
        int v = r.requiredInt("version");
        if (v > VERSION) {
            r.problem(r.member("version").orElseThrow(), "format version " + v + " is newer than this pilab reads ("
                    + VERSION + "): update pilab");
        } else if (v < 1) {
            r.problem(r.member("version").orElseThrow(), "\"version\" must be 1");
        }
    }

    private static ScenarioRef scenario(ObjectReader r, int number) {
        String s = r.requiredString("scenario");
        if (NAMED_SCENARIOS.contains(s)) {
            return new ScenarioRef.Named(s);
        }
        Matcher m = AFTER.matcher(s);
        if (m.matches()) {
            int after = Integer.parseInt(m.group(1));
            if (number >= 0 && after >= number) {
                r.problem(r.member("scenario").orElseThrow(), "\"scenario\" " + s
                        + " must name an earlier lesson than this one (" + String.format("%02d", number) + ")");
            }
            return new ScenarioRef.After(after);
        }
        if (r.has("scenario")) {
            r.problem(r.member("scenario").orElseThrow(), "unknown scenario \"" + s
                    + "\": use fresh, networked, slurm-ready or after:NN");
        }
        return new ScenarioRef.Named("fresh");
    }

    private static Step step(ObjectReader r) {
        if (!r.isObject()) {
            return null;
        }
        r.onlyKeys(STEP_KEYS);
        String id = r.requiredString("id");
        if (!id.isEmpty() && !STEP_ID.matcher(id).matches()) {
            r.problem(r.member("id").orElseThrow(), "step id \"" + id + "\" must be letters, digits and -");
        }
        String title = r.requiredString("title");
        String text = r.requiredString("text");
        List<Check> checks = new ArrayList<>();
        List<JsonNode> checkNodes = r.objectList("checks", true);
        if (r.has("checks") && checkNodes.isEmpty()) {
            r.problem(r.member("checks").orElseThrow(), "step \"" + id + "\" has no checks: add at least one");
        }
        for (int i = 0; i < checkNodes.size(); i++) {
            CheckParser.parse(r.child("check " + (i + 1) + " of step \"" + id + "\"", checkNodes.get(i))).ifPresent(checks::add);
        }
        List<String> hintTexts = r.stringList("hints", true);
        List<Hint> hints = new ArrayList<>();
        for (int i = 0; i < hintTexts.size(); i++) {
            hints.add(new Hint(i, hintTexts.get(i)));
        }
        List<String> solution = r.stringList("solution", true);
        if (r.has("solution") && solution.isEmpty()) {
            r.problem(r.member("solution").orElseThrow(), "step \"" + id + "\" has an empty solution");
        }
        List<WrongMove> wrong = new ArrayList<>();
        for (JsonNode w : r.objectList("wrong_moves", false)) {
            ObjectReader wr = r.child("a wrong move of step \"" + id + "\"", w);
            if (!wr.isObject()) {
                continue;
            }
            wr.onlyKeys(WRONG_MOVE_KEYS);
            List<String> commands = wr.stringList("commands", true);
            int expect = wr.requiredInt("expect_hint");
            if (wr.has("expect_hint") && (expect < 0 || expect >= hints.size())) {
                wr.problem(wr.member("expect_hint").orElseThrow(), "\"expect_hint\" is " + expect + " but the step has "
                        + hints.size() + " hints (0-based index)");
            }
            wrong.add(new WrongMove(commands, expect));
        }
        return new Step(id, title, text, checks, hints, solution, wrong);
    }
}
