package org.pilab.realcluster.bundle;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.pilab.jobs.output.StagedDirectory;

/**
 * Writes a bundle into a staging folder and renames it into place, so the target is either
 * the whole bundle or absent. The staged files are scanned for secrets before the rename: a
 * bundle that would carry one is never committed.
 */
public final class BundleWriter {

    private BundleWriter() {
    }

    /** @return the files written, relative to {@code out} */
    public static List<BundleFile> write(ClusterPlan plan, Path out, boolean replace) throws IOException {
        List<BundleFile> files = ClusterBundle.files(plan);
        try (StagedDirectory staged = StagedDirectory.begin(out, replace)) {
            for (BundleFile f : files) {
                Path p = staged.dir().resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.content());
                if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            f.executable() ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            List<String> findings = SecretScanner.scan(staged.dir());
            if (!findings.isEmpty()) {
                throw new BundleException("refusing to write a bundle holding secrets: " + String.join("; ", findings));
            }
            staged.commit();
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            throw new BundleException("--out " + out + " exists and is not empty; choose a new folder or pass --force"
                    + " to replace it", e);
        }
        return files;
    }
}
