package org.pilab.jobs.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns a spec's {@code data_dir} into a location, trying in order: the current directory, the
 * spec file's directory, and (for paths starting with {@code datasets/}) the datasets bundled
 * in the jar. The order lets {@code pilab backtest datasets/examples/x.json} work from a fresh
 * clone, from the spec's own folder, and on a Pi that has only the jar.
 */
final class DataDirResolver {

    static final String BUNDLED_PREFIX = "datasets/";

    private final Path workingDir;

    DataDirResolver(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /**
     * @param specDir  the spec file's directory, if the spec came from a file
     * @param symbols  the symbols the run needs: a bundled folder counts only if it has their files
     */
    DataLocation resolve(SpecNode field, String dataDir, Optional<Path> specDir, List<String> symbols) {
        Path asGiven = Path.of(dataDir);
        if (asGiven.isAbsolute()) {
            if (Files.isDirectory(asGiven)) {
                return new DataLocation.Directory(asGiven);
            }
            throw field.error("directory \"" + dataDir + "\" does not exist; give an existing folder of SYMBOL.csv files");
        }
        Path inWorkingDir = workingDir.resolve(asGiven);
        if (Files.isDirectory(inWorkingDir)) {
            return new DataLocation.Directory(inWorkingDir);
        }
        Optional<Path> inSpecDir = specDir.map(d -> d.resolve(asGiven));
        if (inSpecDir.isPresent() && Files.isDirectory(inSpecDir.get())) {
            return new DataLocation.Directory(inSpecDir.get());
        }
        Optional<DataLocation> bundled = bundled(dataDir, symbols);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        StringBuilder tried = new StringBuilder(inWorkingDir.toString());
        inSpecDir.ifPresent(p -> tried.append(", ").append(p.toAbsolutePath().normalize()));
        if (dataDir.replace('\\', '/').startsWith(BUNDLED_PREFIX)) {
            tried.append(", the datasets bundled in pilab");
        }
        throw field.error("directory \"" + dataDir + "\" not found (tried " + tried
                + "); give a folder of SYMBOL.csv files relative to the current directory or to the spec file");
    }

    private static Optional<DataLocation> bundled(String dataDir, List<String> symbols) {
        String normalised = dataDir.replace('\\', '/');
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        if (!normalised.startsWith(BUNDLED_PREFIX) || normalised.contains("..") || symbols.isEmpty()) {
            return Optional.empty();
        }
        String root = "/" + normalised;
        for (String symbol : symbols) {
            if (DataDirResolver.class.getResource(root + "/" + symbol + ".csv") == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new DataLocation.Bundled(root));
    }
}
