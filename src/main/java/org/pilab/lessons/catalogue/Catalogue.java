package org.pilab.lessons.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pilab.lessons.model.Lesson;
import org.pilab.lessons.model.ScenarioRef;

/**
 * All lessons, in number order. Read from a {@code lessons/} folder on disk (a clone) or from the
 * jar's {@code /lessons/} resources, which carry the same tree.
 */
public final class Catalogue {

    private final List<Lesson> lessons;
    private final String origin;

    public Catalogue(List<Lesson> lessons, String origin) {
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::number)).toList();
        this.origin = origin;
        checkReferences();
    }

    /** Reads every {@code NN-slug/lesson.json} under {@code root}. */
    public static Catalogue load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new LessonFormatException(List.of(root + ": no lessons folder here: pass the folder that holds NN-slug/ lessons"));
        }
        List<Lesson> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String folder = dir.getFileName().toString().replace("/", "");
                Path json = dir.resolve("lesson.json");
                String source = "lessons/" + folder + "/lesson.json";
                if (!Files.isRegularFile(json)) {
                    problems.add("lessons/" + folder + ": no lesson.json: every lesson folder needs one");
                    continue;
                }
                try {
                    Path readme = dir.resolve("README.md");
                    String prose = Files.isRegularFile(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
                    out.add(LessonParser.parse(source, folder, Files.readString(json, StandardCharsets.UTF_8), prose,
                            filesIn(dir)));
                } catch (LessonFormatException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lessons from " + root, e);
        }
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
        return new Catalogue(out, root.toString());
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /**
     * The lessons a user would expect: {@code ./lessons} when running from a clone, else the copy
     * inside the jar.
     */
    public static Catalogue locate(Path workingDir) {
        Path local = workingDir.resolve("lessons");
        if (Files.isRegularFile(local.resolve("README.md")) && Files.isDirectory(local)) {
            return load(local);
        }
        return fromClasspath();
    }

    /** The lessons bundled as resources ({@code /lessons/...}). */
    public static Catalogue fromClasspath() {
        URL url = Catalogue.class.getResource("/lessons/README.md");
        if (url == null) {
            throw new LessonFormatException(List.of("no lessons on the class path (/lessons/README.md): "
                    + "run from a clone that has lessons/ or rebuild the jar"));
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(url.toURI());
                }
                return load(fs.getPath("/lessons"));
            }
            return load(Path.of(url.toURI()).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the bundled lessons at " + url, e));
        }
    }

    private void checkReferences() {
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < lessons.size(); i++) {
            if (lessons.get(i).number() == lessons.get(i - 1).number()) {
                problems.add("lessons/" + lessons.get(i).id() + ": lesson number " + lessons.get(i).numberText()
                        + " is used twice (also " + lessons.get(i - 1).id() + "): renumber one");
            }
        }
        for (Lesson l : lessons) {
            if (l.scenario() instanceof ScenarioRef.After a && lesson(a.lesson()).isEmpty()) {
                problems.add("lessons/" + l.id() + "/lesson.json: scenario " + a.text() + " names a lesson that does not exist");
            }
        }
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> lesson(int number) {
        return lessons.stream().filter(l -> l.number() == number).findFirst();
    }

    /** Where the lessons came from (a folder or the jar), for messages. */
    public String origin() {
        return origin;
    }
}
