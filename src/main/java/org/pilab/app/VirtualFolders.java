package org.pilab.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.PathNames;
import org.pilab.node.fs.VirtualFileSystem;

/**
 * Copies between a host's virtual file system and a real scratch folder, so the real commands
 * (which read and write real files) can work on the learner's virtual files. Everything goes
 * through the virtual user's credentials: a folder the user may not read or write stays so.
 */
final class VirtualFolders {

    private VirtualFolders() {
    }

    /** Copies the virtual file or folder {@code virtualPath} to {@code real} (which must not exist). */
    static void toReal(VirtualFileSystem fs, String virtualPath, FsCredentials creds, Path real) throws IOException {
        if (fs.isDirectory(virtualPath)) {
            Files.createDirectories(real);
            for (String name : fs.list(virtualPath, creds)) {
                toReal(fs, PathNames.join(virtualPath, name), creds, real.resolve(name));
            }
        } else {
            Files.writeString(real, fs.read(virtualPath, creds), StandardCharsets.UTF_8);
        }
    }

    /** Copies the real file or folder {@code real} to {@code virtualPath}, created as the user. */
    static void toVirtual(Path real, VirtualFileSystem fs, String virtualPath, FsCredentials creds) throws IOException {
        if (Files.isDirectory(real)) {
            fs.mkdirs(virtualPath, creds, 0755);
            List<Path> children;
            try (Stream<Path> list = Files.list(real)) {
                children = list.sorted().toList();
            }
            for (Path child : children) {
                toVirtual(child, fs, PathNames.join(virtualPath, child.getFileName().toString()), creds);
            }
        } else if (Files.isRegularFile(real)) {
            fs.mkdirs(PathNames.parent(virtualPath), creds, 0755);
            fs.write(virtualPath, Files.readString(real, StandardCharsets.UTF_8), creds, 0644);
        }
    }

    /** Removes a scratch folder and everything in it. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
