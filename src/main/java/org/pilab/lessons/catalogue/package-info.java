/** Reading lessons/ (a folder or the jar's resources) and validating lesson.json against docs/lesson-format.md with located errors. */
package org.pilab.lessons.catalogue;
