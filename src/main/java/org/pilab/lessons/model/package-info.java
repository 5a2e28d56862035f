/** Lessons as immutable records: a lesson, its steps, checks (one record per check type), hints, wrong moves. */
package org.pilab.lessons.model;
