/** The labs lessons run in: building start states from scenarios and earlier lessons' solutions, and typing scripts as a learner. */
package org.pilab.lessons.lab;
