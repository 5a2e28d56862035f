package org.pilab.shell;

/**
 * The parts of the prompt {@code user@host:cwd$}.
 *
 * @param cwd   as bash shows it, with {@code ~} for the home folder
 * @param root  whether the prompt ends in {@code #} rather than {@code $}
 * @param depth how many ssh hops deep the learner is (0 on the laptop)
 */
public record PromptState(String user, String host, String cwd, boolean root, int depth) {

    /** The prompt as bash prints it, without colour. */
    public String plain() {
        return user + "@" + host + ":" + cwd + (root ? "# " : "$ ");
    }
}
