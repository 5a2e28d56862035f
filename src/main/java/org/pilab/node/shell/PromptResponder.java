package org.pilab.node.shell;

import java.util.Optional;

/**
 * Answers the questions real tools ask on the terminal (apt's "Do you want to continue?",
 * ssh's host-key and password prompts). The shell layer plugs in the learner's keyboard;
 * the default {@link #SCRIPTED} answers as a careful script would: "Y"/"yes" to
 * confirmations and no password.
 */
@FunctionalInterface
public interface PromptResponder {

    /** The kinds of question, so a scripted responder can answer sensibly. */
    enum Kind { CONFIRM_YES_NO, HOST_KEY, PASSWORD, PASSPHRASE, FILE_NAME }

    /** The answer, or empty when the user gives none (Ctrl-D, or no password known). */
    Optional<String> answer(Kind kind, String prompt);

    PromptResponder SCRIPTED = (kind, prompt) -> switch (kind) {
        case CONFIRM_YES_NO -> Optional.of("Y");
        case HOST_KEY -> Optional.of("yes");
        case PASSPHRASE, FILE_NAME -> Optional.of("");
        case PASSWORD -> Optional.empty();
    };

    /** A scripted responder that also knows a password (tests, lesson solutions). */
    static PromptResponder withPassword(String password) {
        return (kind, prompt) -> kind == Kind.PASSWORD ? Optional.of(password) : SCRIPTED.answer(kind, prompt);
    }
}
