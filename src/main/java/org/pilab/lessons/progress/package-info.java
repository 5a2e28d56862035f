/** The learner's progress file: which steps are done, hints and solutions shown; atomic saves, corrupt files kept aside. */
package org.pilab.lessons.progress;
