package org.pilab.slurm.lab;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code pilab-imager --ssh-key} accepts: OpenSSH public key lines ({@code ssh-ed25519},
 * {@code ssh-rsa}, {@code ecdsa-sha2-*}, {@code sk-*} followed by base64 and an optional
 * comment), as in the .pub file ssh-keygen writes. Anything else is refused before the card is
 * touched: a private key copied onto a card gives away the laptop's identity to anyone who
 * holds the card, and a file of other text would leave the Pi without a working key.
 */
final class PublicKeyText {

    private static final Pattern PUBLIC_LINE = Pattern.compile(
            "(?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)"
                    + "|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)"
                    + "\\s+[A-Za-z0-9+/]+={0,2}(?:\\s.*)?");

    private PublicKeyText() {
    }

    /** Why {@code text}, read from {@code file} as typed, is no public key; empty when it is one. */
    static Optional<String> problem(String file, String text) {
        if (text.contains("PRIVATE KEY-----") || text.startsWith("PuTTY-User-Key-File")) {
            String pub = file.endsWith(".pub") ? file : file + ".pub";
            return Optional.of(file + " is a private key: give the .pub file (--ssh-key " + pub
                    + "); the private key stays on the laptop");
        }
        boolean any = false;
        for (String line : text.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!PUBLIC_LINE.matcher(line.strip()).matches()) {
                return Optional.of(file + " is not an SSH public key: give the .pub file ssh-keygen"
                        + " wrote, one line like `ssh-ed25519 AAAAC3Nza... you@laptop`");
            }
            any = true;
        }
        return any ? Optional.empty() : Optional.of(file + " is empty: give the .pub file ssh-keygen"
                + " wrote, e.g. ~/.ssh/id_ed25519.pub");
    }
}
