/** The in-shell tutor: lessons, lesson N, check, hint, solution, next, reset, and the check after each command. */
package org.pilab.lessons.tutor;
