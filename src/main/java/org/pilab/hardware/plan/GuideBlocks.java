package org.pilab.hardware.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated blocks of a Markdown page: text between {@code <!-- generated:NAME -->} and
 * {@code <!-- /generated:NAME -->}. Everything outside the markers is prose written by hand and
 * is never touched; everything inside is replaced from the catalogue.
 */
public final class GuideBlocks {

    private static final Pattern OPEN = Pattern.compile("<!-- generated:([a-z0-9-]+) -->");

    /**
     * One block: its name and where its content lies in the page.
     *
     * @param name  the block's name
     * @param start offset of the first character after the opening marker's line
     * @param end   offset of the closing marker
     * @param line  1-based line of the opening marker, for messages
     */
    public record Block(String name, int start, int end, int line) {
    }

    private GuideBlocks() {
    }

    /** The blocks of a page, in order; {@code source} names the page in messages. */
    public static List<Block> find(String page, String source) {
        List<Block> blocks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher open = OPEN.matcher(page);
        int from = 0;
        while (open.find(from)) {
            String name = open.group(1);
            int line = lineOf(page, open.start());
            if (!seen.add(name)) {
                throw new IllegalArgumentException(source + ":" + line + ": a second block named \"" + name
                        + "\"; each generated block appears once per page");
            }
            int lineEnd = page.indexOf('\n', open.end());
            int start = lineEnd < 0 ? page.length() : lineEnd + 1;
            String close = "<!-- /generated:" + name + " -->";
            int end = page.indexOf(close, start);
            if (end < 0) {
                throw new IllegalArgumentException(source + ":" + line + ": block \"" + name
                        + "\" has no closing " + close);
            }
            blocks.add(new Block(name, start, end, line));
            from = end + close.length();
        }
        return blocks;
    }

    /** The content of each block, by name. */
    public static Map<String, String> contents(String page, String source) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Block b : find(page, source)) {
            out.put(b.name(), page.substring(b.start(), b.end()));
        }
        return out;
    }

    /**
     * The page with every block's content replaced by {@code generated.get(name)}. A block whose
     * name has no generator is an error, so a typo in a marker cannot go unnoticed.
     */
    public static String fill(String page, String source, Map<String, String> generated) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Block b : find(page, source)) {
            String text = generated.get(b.name());
            if (text == null) {
                throw new IllegalArgumentException(source + ":" + b.line() + ": no generator for block \""
                        + b.name() + "\"; known blocks: " + String.join(", ", generated.keySet()));
            }
            out.append(page, copied, b.start()).append(text);
            copied = b.end();
        }
        return out.append(page.substring(copied)).toString();
    }

    private static int lineOf(String page, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (page.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
