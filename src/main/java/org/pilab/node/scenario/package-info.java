/** Lesson starting states built from a seed: {@code fresh} and {@code networked}. */
package org.pilab.node.scenario;
