package org.pilab.slurm.cmd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs command lines on a virtual cluster and renders a transcript: {@code $ command}, then its
 * stdout as is, stderr lines prefixed {@code ! }, and {@code [exit N]} when it failed. Compared
 * byte for byte with src/test/resources/slurm-golden/NAME.txt; run with -Dgolden.update=true to
 * rewrite the files after a deliberate change (then review the diff against real SLURM output).
 */
final class Transcript {

    private static final Path DIR = Path.of("src/test/resources/slurm-golden");

    private Transcript() {
    }

    static String run(VirtualCluster vc, List<String> commands) {
        StringBuilder sb = new StringBuilder();
        for (String cmd : commands) {
            CommandResult r = vc.run(cmd);
            sb.append("$ ").append(cmd).append('\n');
            sb.append(r.stdout());
            for (String line : r.stderr().split("\n", -1)) {
                if (!line.isEmpty()) {
                    sb.append("! ").append(line).append('\n');
                }
            }
            if (r.exitCode() != 0) {
                sb.append("[exit ").append(r.exitCode()).append("]\n");
            }
        }
        return sb.toString();
    }

    /** The golden text for {@code name}, rewriting it first when golden.update is set. */
    static String golden(String name, String actual) {
        Path file = DIR.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("golden file " + file + " (run with -Dgolden.update=true to create it)", e);
        }
    }
}
