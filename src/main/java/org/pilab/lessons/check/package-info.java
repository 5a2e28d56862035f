/** Judging a step's checks against a lab, in sessions the learner never sees. */
package org.pilab.lessons.check;
