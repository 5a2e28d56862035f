package org.pilab.lessons.model;

/** One of a step's progressive hints; {@code index} 0 is the gentlest. */
public record Hint(int index, String text) {
}
