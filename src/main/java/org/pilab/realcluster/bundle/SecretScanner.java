package org.pilab.realcluster.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks through a folder for anything that must never be in a bundle: private keys, password
 * hashes or password settings, and munge keys (a file named munge.key, or 1 KiB of binary
 * noise, which is what {@code mungekey} writes).
 */
public final class SecretScanner {

    private static final Pattern PASSWORD_HASH = Pattern.compile("\\$(1|5|6|y|2[aby])\\$[^\\s\"']{8,}");
    private static final Pattern PASSWORD_SETTING = Pattern.compile(
            "(?im)^\\s*(password|passwd|plain_text_passwd|hashed_passwd|password_encrypted)\\s*[=:]");

    private SecretScanner() {
    }

    /** One line per finding (file and reason); empty when the folder is clean. */
    public static List<String> scan(Path dir) throws IOException {
        List<String> findings = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = dir.relativize(f).toString();
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.contains("munge") && name.endsWith(".key")) {
                findings.add(rel + ": a munge key file");
            }
            if (name.startsWith("id_") && !name.endsWith(".pub")) {
                findings.add(rel + ": named like an SSH private key");
            }
            byte[] bytes = Files.readAllBytes(f);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!isText(bytes)) {
                findings.add(rel + ": binary content (a munge key is 1 KiB of random bytes)");
                continue;
            }
            if (SshPublicKey.looksPrivate(text)) {
                findings.add(rel + ": contains a private key");
            }
            if (PASSWORD_HASH.matcher(text).find()) {
                findings.add(rel + ": contains a password hash");
            }
            if (PASSWORD_SETTING.matcher(text).find()) {
                findings.add(rel + ": sets a password");
            }
        }
        return findings;
    }

    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 255;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
