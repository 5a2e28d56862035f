package org.pilab.tui.editor;

import java.util.Objects;

/**
 * The outcome of {@link TextDocument#save(String)}.
 *
 * @param written whether the text reached the file
 * @param reason why it did not (as strerror would say it, e.g. "Permission denied"); empty when
 *     written
 */
public record SaveResult(boolean written, String reason) {

    public SaveResult {
        Objects.requireNonNull(reason, "reason");
        if (!written && reason.isBlank()) {
            throw new IllegalArgumentException(
                    "a refused save needs a reason to show, e.g. \"Permission denied\"");
        }
    }

    public static SaveResult ok() {
        return new SaveResult(true, "");
    }

    public static SaveResult refused(String reason) {
        return new SaveResult(false, reason);
    }
}
